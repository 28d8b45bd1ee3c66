// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "facefinder.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace portique::vision {
namespace {

/// The coarse pass runs one octave under the fine scale: it finds every face of 2·minFacePx and
/// wider (HOG's pyramid covers all the larger sizes in the same pass) for a quarter of a fine pass's
/// cost. At 640x480 and 80 px that is exactly the former gate setting (half resolution).
constexpr double coarseFactor = 0.5;
/// A known face this much wider than the coarse pass's smallest face is the coarse pass's to find:
/// HOG's recall falls off only near its window size, so the fine pass would add nothing but cost.
/// Known faces down to the coarse window divided by it also get a coarse region (a face shrinks as
/// its person steps back): between the two, both scales look.
constexpr double coarseSureFactor = 1.25;
/// Motion is measured on the frame brought to this width: 4x4 blocks at 640x480, where an 80-px
/// face is still a 20-px blob and averaging 16 pixels drowns sensor and MJPEG noise. Costs well
/// under 0.1 ms a frame.
constexpr int motionWidth = 160;
/// Grey levels (of 255) a block must change by to count as motion. Measured: sensor noise simulated
/// up to σ 12 grey levels per pixel (a dim corridor; blurred a little, as demosaicing does) never
/// changed a 4x4 block by more than 18 between two frames (200 frames); a still background re-read
/// from the demo MJPEG videos by 0; a moving face's edges change by 90-170.
constexpr double motionThreshold = 20.0;
/// Dilations of the motion mask: join the moving edges of one head (its flat cheeks do not change
/// when it moves) into one blob.
constexpr int motionDilations = 2;
/// A blob with fewer moving blocks than this fraction of the smallest face's area is noise (a
/// flicker, a leaf, a blink alone): a face that moves changes far more of its area.
constexpr double minBlobFaceFraction = 1.0 / 16.0;
/// A known face's region (a track's last box, or a face of the last frame) is that box grown this
/// much around its centre: a face moves less than half its width between two frames at 15 fps
/// (FaceTracker's minIou of 0.3 assumes as much).
constexpr double trackGrowth = 2.0;
/// A coarse face overlapping a known face this much (IoU) is that face found again.
constexpr double trackMatchIou = 0.3;
/// Regions are padded to this many HOG windows at the fine scale: dlib needs the window plus a
/// cell of border to scan, and a face at a region's edge must fit whole.
constexpr double minRegionWindows = 1.5;
/// When the coarse regions cover more than this share of the frame, one whole coarse pass reads
/// less than the regions with their overlaps and padding.
constexpr double coarseWholeFraction = 0.6;
/// Fine regions read at most this share of the frame per frame (known faces first, then the
/// largest motion): with a whole coarse pass (a quarter) a frame costs at most about 3/4 of a naive
/// full-resolution pass, except on whole-pass frames (periodic: 1 in 8; busy: at most 1 in 4).
constexpr double maxRegionFraction = 0.5;
/// When the regions wanted cover more than this share of the frame, motion covers most of it: one
/// whole fine pass costs at most twice the regions and finds every face.
constexpr double busyFraction = 0.5;
/// Busy whole passes are at least this many frames apart, so that a shaking camera or a crowd costs
/// at most one whole pass every 4 frames on top of the coarse pass.
constexpr int busyScanGap = 4;
/// Two boxes are one face when they overlap this much (IoU), or when this share of the smaller one
/// lies in the other (the coarse and the fine pass frame the same face slightly differently).
constexpr double sameFaceIou = 0.3;
constexpr double sameFaceCover = 0.6;
/// A moving person around a face already known (found by the coarse pass, or a track): the face's
/// width on each side (shoulders span about three face widths), a face above (forehead and hair
/// reach about 0.6 of a detection box above it, plus the motion mask's dilation), down to the
/// frame's bottom. Motion wholly in there is that person's and needs no fine pass: the track's own
/// region covers their face, and a second person hidden there is the periodic pass's.
constexpr double bodySideFaces = 1.0;
constexpr double bodyAboveFaces = 1.0;
/// A moving blob is grown by half the smallest face on each side: the moving edges of a head
/// surround its face, so the face's box reaches at most that far out of them.
constexpr double blobMarginFaces = 0.5;
/// People stand upright: a face is at the top of its moving blob (head, then shoulders and body).
/// A region keeps this many of the largest faces the fine pass is for (2·minFacePx; the coarse
/// pass finds larger ones) below the blob's top: hair to chin is about 1.6 face heights.
constexpr double headDepthFaces = 2.0;

cv::Rect toCv(const QRect &r)
{
    return {r.x(), r.y(), r.width(), r.height()};
}

double iou(const cv::Rect &a, const cv::Rect &b)
{
    const double inter = (a & b).area();
    const double uni = double(a.area()) + b.area() - inter;
    return uni > 0 ? inter / uni : 0.0;
}

cv::Rect grownAround(const cv::Rect &r, double factor)
{
    const double w = r.width * factor;
    const double h = r.height * factor;
    const double cx = r.x + r.width / 2.0;
    const double cy = r.y + r.height / 2.0;
    return {int(std::lround(cx - w / 2)), int(std::lround(cy - h / 2)), int(std::lround(w)), int(std::lround(h))};
}

// At least @p side wide and high, kept inside @p frame when the frame is large enough.
cv::Rect padded(cv::Rect r, int side, const cv::Size &frame)
{
    if (r.width < side) {
        r.x -= (side - r.width) / 2;
        r.width = side;
    }
    if (r.height < side) {
        r.y -= (side - r.height) / 2;
        r.height = side;
    }
    r.x = std::clamp(r.x, 0, std::max(0, frame.width - r.width));
    r.y = std::clamp(r.y, 0, std::max(0, frame.height - r.height));
    return r & cv::Rect(0, 0, frame.width, frame.height);
}

bool sameFace(const QRect &a, const QRect &b)
{
    const cv::Rect ca = toCv(a);
    const cv::Rect cb = toCv(b);
    const double inter = (ca & cb).area();
    const double smaller = std::min(ca.area(), cb.area());
    return iou(ca, cb) > sameFaceIou || (smaller > 0 && inter / smaller > sameFaceCover);
}

// Where the moving body of each known face can be (see bodySideFaces).
std::vector<cv::Rect> bodiesOf(const std::vector<cv::Rect> &known, const std::vector<FaceBox> &coarse, const cv::Size &frame)
{
    std::vector<cv::Rect> bodies;
    auto add = [&](const cv::Rect &face) {
        const int side = int(face.width * bodySideFaces);
        const int above = int(face.height * bodyAboveFaces);
        // Down to the frame's bottom, wherever the head is.
        bodies.emplace_back(face.x - side, face.y - above, face.width + 2 * side, frame.height - (face.y - above));
    };
    for (const cv::Rect &face : known)
        add(face);
    for (const FaceBox &face : coarse)
        add(toCv(face.box));
    return bodies;
}

bool explained(const cv::Rect &blob, const std::vector<cv::Rect> &bodies)
{
    return std::any_of(bodies.begin(), bodies.end(), [&](const cv::Rect &body) { return (blob & body) == blob; });
}

// Two regions become one when their bounding box is smaller than the two apart: one pass instead
// of two over the overlap, and never a large empty box around two distant regions.
template <typename Region> void merge(std::vector<Region> &regions)
{
    for (bool merged = true; merged;) {
        merged = false;
        for (std::size_t i = 0; i < regions.size() && !merged; ++i) {
            for (std::size_t j = i + 1; j < regions.size() && !merged; ++j) {
                const cv::Rect joined = regions[i].rect | regions[j].rect;
                if (joined.area() <= regions[i].rect.area() + regions[j].rect.area()) {
                    regions[i] = {joined, std::max(regions[i].weight, regions[j].weight)};
                    regions.erase(regions.begin() + std::ptrdiff_t(j));
                    merged = true;
                }
            }
        }
    }
}

// Strongest first, each face once.
std::vector<FaceBox> distinct(std::vector<FaceBox> faces)
{
    std::stable_sort(faces.begin(), faces.end(), [](const FaceBox &a, const FaceBox &b) { return a.score > b.score; });
    std::vector<FaceBox> kept;
    for (const FaceBox &face : faces) {
        if (std::none_of(kept.begin(), kept.end(), [&](const FaceBox &k) { return sameFace(k.box, face.box); }))
            kept.push_back(face);
    }
    return kept;
}

} // namespace

double distanceForFace(int frameWidthPx, double horizontalFovDegrees, double facePx)
{
    if (frameWidthPx <= 0 || facePx <= 0 || horizontalFovDegrees <= 0 || horizontalFovDegrees >= 180)
        return 0.0;
    const double halfFov = horizontalFovDegrees * std::numbers::pi / 360.0;
    return frameWidthPx * faceWidthMetres / (2.0 * std::tan(halfFov) * facePx);
}

FaceFinder::FaceFinder(const DetectionOptions &options)
    : m_minFacePx(std::max(1, options.minFacePx))
    , m_fineScale(double(hogWindowPx) / m_minFacePx)
    , m_coarseScale(m_fineScale * coarseFactor)
    , m_adjustThreshold(options.adjustThreshold)
{
}

std::vector<FaceBox> FaceFinder::find(FaceDetector &detector, const cv::Mat &bgr, const std::vector<QRect> &trackBoxes)
{
    ++m_counters.frames;
    if (bgr.empty())
        return {};
    cv::Mat grey;
    if (bgr.channels() == 1)
        grey = bgr;
    else
        cv::cvtColor(bgr, grey, bgr.channels() == 4 ? cv::COLOR_BGRA2GRAY : cv::COLOR_BGR2GRAY);
    const cv::Size frame = grey.size();
    const cv::Rect whole(0, 0, frame.width, frame.height);
    const bool first = frame != m_frameSize || m_previousSmall.empty();
    if (first) {
        m_lastFaces.clear();
        m_previousSmall.release();
        m_fullScanSmall.release();
    }
    m_frameSize = frame;
    ++m_sinceFullScan;
    const double factor = std::min(1.0, double(motionWidth) / frame.width);
    cv::Mat small;
    cv::resize(grey, small,
               cv::Size(std::max(1, int(std::lround(frame.width * factor))), std::max(1, int(std::lround(frame.height * factor)))), 0, 0,
               cv::INTER_AREA);
    const std::vector<cv::Rect> motion = changes(small, m_previousSmall);
    m_previousSmall = small;
    std::vector<cv::Rect> known = m_lastFaces;
    for (const QRect &track : trackBoxes) {
        if (const cv::Rect box = toCv(track) & whole; !box.empty())
            known.push_back(box);
    }

    std::vector<FaceBox> found;
    // The periodic pass looks for what the last one missed; in an empty scene that has not changed
    // since (compared with that pass's frame, so that slow changes add up), it would see the same.
    const bool periodic =
        m_sinceFullScan >= idleRescanEvery
        || (m_sinceFullScan >= fullScanEvery && (!known.empty() || !motion.empty() || !changes(small, m_fullScanSmall).empty()));
    if (first || periodic) {
        // A whole fine pass finds the large faces too: no coarse pass on this frame.
        fullScan(detector, grey, small, found);
    } else if (motion.empty() && known.empty()) {
        // Nothing moved and no face was there: none can have appeared. A face missed before is the
        // periodic pass's to find.
        ++m_counters.idleFrames;
    } else {
        searchRegions(detector, grey, small, motion, known, found);
    }
    found = distinct(std::move(found));
    m_lastFaces.clear();
    for (const FaceBox &face : found)
        m_lastFaces.push_back(toCv(face.box) & whole);
    return found;
}

void FaceFinder::fullScan(FaceDetector &detector, const cv::Mat &grey, const cv::Mat &small, std::vector<FaceBox> &found)
{
    pass(detector, grey, cv::Rect(0, 0, grey.cols, grey.rows), true, found);
    ++m_counters.fullScans;
    m_sinceFullScan = 0;
    m_fullScanSmall = small;
}

void FaceFinder::searchRegions(FaceDetector &detector, const cv::Mat &grey, const cv::Mat &small, const std::vector<cv::Rect> &motion,
                               const std::vector<cv::Rect> &known, std::vector<FaceBox> &found)
{
    const cv::Size frame = grey.size();
    const cv::Rect whole(0, 0, frame.width, frame.height);
    const std::vector<Region> coarse = coarseRegions(motion, known, frame);
    std::int64_t coarseArea = 0;
    for (const Region &region : coarse)
        coarseArea += region.rect.area();
    if (coarseArea > coarseWholeFraction * whole.area()) {
        pass(detector, grey, whole, false, found);
        ++m_counters.coarsePasses;
    } else {
        for (const Region &region : coarse) {
            pass(detector, grey, region.rect, false, found);
            ++m_counters.coarseRegionPasses;
        }
    }
    std::vector<Region> regions = fineRegions(motion, known, distinct(found), frame);
    std::int64_t wanted = 0;
    for (const Region &region : regions)
        wanted += region.rect.area();
    if (wanted > busyFraction * whole.area() && m_sinceFullScan >= busyScanGap) {
        fullScan(detector, grey, small, found);
        ++m_counters.busyScans;
        return;
    }
    // Bounded cost: at most maxRegionFraction of the frame per frame, the most useful first.
    std::sort(regions.begin(), regions.end(), [](const Region &a, const Region &b) { return a.weight > b.weight; });
    const auto budget = std::int64_t(maxRegionFraction * whole.area());
    std::int64_t spent = 0;
    for (const Region &region : regions) {
        if (spent + region.rect.area() > budget) {
            ++m_counters.roisDropped;
            continue;
        }
        spent += region.rect.area();
        pass(detector, grey, region.rect, true, found);
        ++m_counters.roiPasses;
    }
}

void FaceFinder::pass(FaceDetector &detector, const cv::Mat &grey, const cv::Rect &rect, bool fine, std::vector<FaceBox> &found)
{
    const std::vector<FaceBox> faces = detector.detectGrey(grey, rect, fine ? m_fineScale : m_coarseScale, m_adjustThreshold);
    found.insert(found.end(), faces.begin(), faces.end());
    (fine ? m_counters.finePixels : m_counters.coarsePixels) += rect.area();
}

std::vector<cv::Rect> FaceFinder::changes(const cv::Mat &small, const cv::Mat &before) const
{
    std::vector<cv::Rect> boxes;
    if (before.size() != small.size())
        return boxes;
    cv::Mat moving;
    cv::absdiff(small, before, moving);
    cv::threshold(moving, moving, motionThreshold, 255, cv::THRESH_BINARY);
    if (cv::countNonZero(moving) == 0)
        return boxes;
    cv::Mat joined;
    cv::dilate(moving, joined, cv::Mat(), cv::Point(-1, -1), motionDilations);
    cv::Mat labels;
    cv::Mat stats;
    cv::Mat centroids;
    const int count = cv::connectedComponentsWithStats(joined, labels, stats, centroids, 8, CV_32S);
    const double factor = double(small.cols) / m_frameSize.width;
    const double faceSmall = m_minFacePx * factor;
    const double minBlob = std::max(1.0, faceSmall * faceSmall * minBlobFaceFraction);
    for (int label = 1; label < count; ++label) {
        const cv::Rect blob(stats.at<int>(label, cv::CC_STAT_LEFT), stats.at<int>(label, cv::CC_STAT_TOP),
                            stats.at<int>(label, cv::CC_STAT_WIDTH), stats.at<int>(label, cv::CC_STAT_HEIGHT));
        // Blocks that really changed, not the dilation's growth: one noisy block dilates to 25.
        if (cv::countNonZero(moving(blob)) < minBlob)
            continue;
        boxes.emplace_back(int(std::floor(blob.x / factor)), int(std::floor(blob.y / factor)), int(std::ceil(blob.width / factor)),
                           int(std::ceil(blob.height / factor)));
    }
    return boxes;
}

std::vector<FaceFinder::Region> FaceFinder::coarseRegions(const std::vector<cv::Rect> &motion, const std::vector<cv::Rect> &known,
                                                          cv::Size frame) const
{
    const cv::Rect whole(0, 0, frame.width, frame.height);
    const int minSide = int(std::ceil(minRegionWindows * hogWindowPx / m_coarseScale));
    std::vector<Region> regions;
    // Known faces the coarse pass can see: down to a little under its window, since a face
    // shrinks as its person steps back.
    for (const cv::Rect &face : known) {
        if (face.width * m_coarseScale * coarseSureFactor >= hogWindowPx)
            regions.push_back({padded(grownAround(face, trackGrowth) & whole, minSide, frame), 0.0});
    }
    // Any motion no known face explains may be a large face arriving: grown by half the coarse
    // pass's smallest face, like the fine regions by half theirs, and never cut below the head
    // (a large face reaches far down its blob).
    const std::vector<cv::Rect> bodies = bodiesOf(known, {}, frame);
    const int margin = int(std::lround(2 * m_minFacePx * blobMarginFaces));
    for (const cv::Rect &blob : motion) {
        if (explained(blob, bodies))
            continue;
        const cv::Rect grown(blob.x - margin, blob.y - margin, blob.width + 2 * margin, blob.height + 2 * margin);
        regions.push_back({padded(grown & whole, minSide, frame), 0.0});
    }
    merge(regions);
    return regions;
}

std::vector<FaceFinder::Region> FaceFinder::fineRegions(const std::vector<cv::Rect> &motion, const std::vector<cv::Rect> &known,
                                                        const std::vector<FaceBox> &coarse, cv::Size frame) const
{
    const cv::Rect whole(0, 0, frame.width, frame.height);
    const int minSide = int(std::ceil(minRegionWindows * hogWindowPx / m_fineScale));
    // Known faces before any motion, the smallest first: the small ones are those the coarse pass
    // cannot see.
    constexpr double knownPriority = 1e12;
    std::vector<Region> regions;
    for (const cv::Rect &face : known) {
        if (face.width * m_coarseScale >= hogWindowPx * coarseSureFactor)
            continue;
        if (std::any_of(coarse.begin(), coarse.end(), [&](const FaceBox &f) { return iou(toCv(f.box), face) >= trackMatchIou; }))
            continue;
        regions.push_back({padded(grownAround(face, trackGrowth) & whole, minSide, frame), knownPriority - face.area()});
    }
    const std::vector<cv::Rect> bodies = bodiesOf(known, coarse, frame);
    const int margin = int(std::lround(m_minFacePx * blobMarginFaces));
    const int headDepth = int(std::lround(2 * m_minFacePx * headDepthFaces));
    for (const cv::Rect &blob : motion) {
        if (explained(blob, bodies))
            continue;
        const cv::Rect grown(blob.x - margin, blob.y - margin, blob.width + 2 * margin, std::min(blob.height, headDepth) + 2 * margin);
        regions.push_back({padded(grown & whole, minSide, frame), double(blob.area())});
    }
    merge(regions);
    return regions;
}

} // namespace portique::vision
