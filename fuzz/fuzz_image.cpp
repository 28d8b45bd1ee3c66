// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors

// The image loader (vision/imageloader.h): photos given to enrolment, `portiquectl faces`, the
// model check and a camera folder all go through decodeImage() and, for the screen, toQImage().
// OpenCV's decoders are Debian's (not instrumented); what is checked here is Portique's side and
// that no file makes the loader crash, hang or eat the memory.

#include "fuzzsupport.h"
#include "vision/imageloader.h"
#include "vision/visionerror.h"

#include <QImage>

using namespace portique;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    try {
        const cv::Mat image = vision::decodeImage(fuzz::bytesOf(data, size), QStringLiteral("fuzz.img"));
        if (image.empty() || image.type() != CV_8UC3)
            fuzz::fail("an image was read, but not as 8-bit BGR");
        const QImage shown = vision::toQImage(image);
        if (shown.width() != image.cols || shown.height() != image.rows)
            fuzz::fail("the image shown has another size than the image read");
    } catch (const vision::VisionError &error) {
        fuzz::checkMessage(error.what());
    }
    return 0;
}
