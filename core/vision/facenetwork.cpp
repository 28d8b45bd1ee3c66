// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
// The only translation unit with dlib's DNN headers (they cost ~1 GB and a minute to compile).
#include "facenetwork.h"

#include "visionerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <dlib/dnn.h>
#include <opencv2/core.hpp>

#include <dlfcn.h>
#include <cstring>
#include <sstream>
#include <variant>

namespace portique::vision {
namespace {

// dlib's examples/dnn_face_recognition_ex.cpp, the network the weights were trained for.
template <template <int, template <typename> class, int, typename> class block, int N,
          template <typename> class BN, typename SUBNET>
using residual = dlib::add_prev1<block<N, BN, 1, dlib::tag1<SUBNET>>>;
template <template <int, template <typename> class, int, typename> class block, int N,
          template <typename> class BN, typename SUBNET>
using residual_down = dlib::add_prev2<dlib::avg_pool<2, 2, 2, 2, dlib::skip1<dlib::tag2<block<N, BN, 2, dlib::tag1<SUBNET>>>>>>;
template <int N, template <typename> class BN, int stride, typename SUBNET>
using block = BN<dlib::con<N, 3, 3, 1, 1, dlib::relu<BN<dlib::con<N, 3, 3, stride, stride, SUBNET>>>>>;
template <int N, typename SUBNET>
using ares = dlib::relu<residual<block, N, dlib::affine, SUBNET>>;
template <int N, typename SUBNET>
using ares_down = dlib::relu<residual_down<block, N, dlib::affine, SUBNET>>;
template <typename SUBNET>
using alevel0 = ares_down<256, SUBNET>;
template <typename SUBNET>
using alevel1 = ares<256, ares<256, ares_down<256, SUBNET>>>;
template <typename SUBNET>
using alevel2 = ares<128, ares<128, ares_down<128, SUBNET>>>;
template <typename SUBNET>
using alevel3 = ares<64, ares<64, ares<64, ares_down<64, SUBNET>>>>;
template <typename SUBNET>
using alevel4 = ares<32, ares<32, ares<32, SUBNET>>>;
using anet_type = dlib::loss_metric<dlib::fc_no_bias<
    128, dlib::avg_pool_everything<alevel0<alevel1<alevel2<alevel3<alevel4<dlib::max_pool<
             3, 3, 2, 2, dlib::relu<dlib::affine<dlib::con<32, 7, 7, 2, 2, dlib::input_rgb_image_sized<150>>>>>>>>>>>>>;

using Chip = dlib::matrix<dlib::rgb_pixel>;


Chip toDlib(const cv::Mat &bgr)
{
    Chip chip(bgr.rows, bgr.cols);
    for (int y = 0; y < bgr.rows; ++y) {
        const auto *row = bgr.ptr<cv::Vec3b>(y);
        for (int x = 0; x < bgr.cols; ++x)
            chip(y, x) = dlib::rgb_pixel(row[x][2], row[x][1], row[x][0]);
    }
    return chip;
}

// --- conversion ------------------------------------------------------------------------------

struct Tensor {
    QString name;
    std::vector<long> shape;
    std::vector<float> values;
};

std::vector<Tensor> readTensors(const QByteArray &manifestJson, const QByteArray &weights)
{
    const QJsonDocument manifest = QJsonDocument::fromJson(manifestJson);
    const QJsonArray groups = manifest.array();
    if (groups.isEmpty())
        throw VisionError(QCoreApplication::translate("Vision", "The weights manifest is not a face-api manifest (no weight group)."));
    std::vector<Tensor> tensors;
    qsizetype offset = 0;
    for (const QJsonValue &entry : groups.at(0).toObject().value(QStringLiteral("weights")).toArray()) {
        const QJsonObject object = entry.toObject();
        Tensor tensor;
        tensor.name = object.value(QStringLiteral("name")).toString();
        std::size_t count = 1;
        for (const QJsonValue &dimension : object.value(QStringLiteral("shape")).toArray()) {
            tensor.shape.push_back(dimension.toInteger());
            count *= static_cast<std::size_t>(dimension.toInteger());
        }
        tensor.values.resize(count);
        const QJsonObject quantization = object.value(QStringLiteral("quantization")).toObject();
        if (!quantization.isEmpty()) {
            // uint8 quantisation: value = min + scale * byte (FACE_MODEL.md).
            if (quantization.value(QStringLiteral("dtype")).toString() != u"uint8")
                throw VisionError(QCoreApplication::translate("Vision", "Unsupported quantisation in tensor %1.").arg(tensor.name));
            if (offset + static_cast<qsizetype>(count) > weights.size())
                throw VisionError(QCoreApplication::translate("Vision", "The weights file ends inside tensor %1.").arg(tensor.name));
            const double min = quantization.value(QStringLiteral("min")).toDouble();
            const double scale = quantization.value(QStringLiteral("scale")).toDouble();
            const auto *bytes = reinterpret_cast<const unsigned char *>(weights.constData() + offset);
            for (std::size_t i = 0; i < count; ++i)
                tensor.values[i] = static_cast<float>(min + scale * bytes[i]);
            offset += static_cast<qsizetype>(count);
        } else {
            const auto size = static_cast<qsizetype>(count * sizeof(float));
            if (offset + size > weights.size())
                throw VisionError(QCoreApplication::translate("Vision", "The weights file ends inside tensor %1.").arg(tensor.name));
            std::memcpy(tensor.values.data(), weights.constData() + offset, static_cast<std::size_t>(size));
            offset += size;
        }
        tensors.push_back(std::move(tensor));
    }
    if (offset != weights.size())
        throw VisionError(QCoreApplication::translate("Vision", "The weights file has %1 bytes the manifest does not describe.").arg(weights.size() - offset));
    return tensors;
}

using LayerRef = std::variant<dlib::tensor *, dlib::affine_ *>;

// Collects the learnable layers; visit_computational_layers goes from the output to the input.
struct LayerCollector {
    std::vector<std::pair<LayerRef, std::vector<long>>> *layers;
    template <long N, long NR, long NC, int SY, int SX, int PY, int PX>
    void operator()(dlib::con_<N, NR, NC, SY, SX, PY, PX> &layer) const
    {
        layers->push_back({&layer.get_layer_params(), {NR, NC, -1, N}});
    }
    template <unsigned long N, dlib::fc_bias_mode B>
    void operator()(dlib::fc_<N, B> &layer) const
    {
        layers->push_back({&layer.get_layer_params(), {-1, static_cast<long>(N)}});
    }
    void operator()(dlib::affine_ &layer) const { layers->push_back({&layer, {}}); }
    template <typename Other>
    void operator()(Other &) const
    {
    }
};

struct AffineModeSetter {
    void operator()(dlib::affine_ &layer) const { layer = dlib::affine_(dlib::CONV_MODE); }
    template <typename Other>
    void operator()(Other &) const
    {
    }
};

const Tensor &take(const std::vector<Tensor> &tensors, std::size_t &next, std::size_t expected, const char *what)
{
    if (next >= tensors.size())
        throw VisionError(QCoreApplication::translate("Vision", "The manifest has too few tensors (stopped at a %1).").arg(QLatin1String(what)));
    const Tensor &tensor = tensors[next++];
    if (tensor.values.size() != expected)
        throw VisionError(QCoreApplication::translate("Vision", "Tensor %1 has %2 values where the network's %3 needs %4.")
                              .arg(tensor.name)
                              .arg(tensor.values.size())
                              .arg(QLatin1String(what))
                              .arg(expected));
    return tensor;
}

} // namespace

// --- FaceNetwork -----------------------------------------------------------------------------

struct FaceNetwork::Impl {
    anet_type net;
};

FaceNetwork::FaceNetwork(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

FaceNetwork::~FaceNetwork() = default;

std::unique_ptr<FaceNetwork> FaceNetwork::load(const QString &path)
{
    auto impl = std::make_unique<Impl>();
    try {
        dlib::deserialize(path.toStdString()) >> impl->net;
    } catch (const std::exception &error) {
        throw VisionError(QCoreApplication::translate("Vision", "The face model %1 cannot be read: %2").arg(path, QString::fromUtf8(error.what())));
    }
    return std::unique_ptr<FaceNetwork>(new FaceNetwork(std::move(impl)));
}

std::vector<biometrics::Descriptor> FaceNetwork::describe(const std::vector<cv::Mat> &chips, std::size_t batchSize)
{
    std::vector<biometrics::Descriptor> descriptors;
    descriptors.reserve(chips.size());
    std::vector<Chip> batch;
    auto flush = [&] {
        if (batch.empty())
            return;
        const std::vector<dlib::matrix<float, 0, 1>> out = m_impl->net(batch, batch.size());
        for (const auto &vector : out) {
            biometrics::Descriptor descriptor{};
            for (std::size_t i = 0; i < biometrics::descriptorSize; ++i)
                descriptor[i] = vector(static_cast<long>(i));
            descriptors.push_back(descriptor);
        }
        batch.clear();
    };
    for (const cv::Mat &chip : chips) {
        if (chip.rows != chipSize || chip.cols != chipSize || chip.type() != CV_8UC3)
            throw VisionError(QCoreApplication::translate("Vision", "A face chip must be %1x%1 colour pixels.").arg(chipSize));
        batch.push_back(toDlib(chip));
        if (batch.size() >= std::max<std::size_t>(batchSize, 1))
            flush();
    }
    flush();
    return descriptors;
}

// --- conversion ------------------------------------------------------------------------------

QByteArray convertFaceApiModel(const QByteArray &manifestJson, const QByteArray &weights, FilterLayout layout)
{
    const std::vector<Tensor> tensors = readTensors(manifestJson, weights);
    // 1 stem convolution, 14 residual blocks of 2, then the fully connected layer.
    constexpr std::size_t expectedTensors = 117;
    if (tensors.size() != expectedTensors)
        throw VisionError(QCoreApplication::translate("Vision", "The manifest lists %1 tensors; the face recognition network has %2.")
                              .arg(tensors.size())
                              .arg(expectedTensors));

    anet_type net;
    dlib::visit_computational_layers(net, AffineModeSetter{});
    // One forward pass makes every layer allocate its parameters.
    net(Chip(FaceNetwork::chipSize, FaceNetwork::chipSize));

    std::vector<std::pair<LayerRef, std::vector<long>>> layers;
    dlib::visit_computational_layers(net, LayerCollector{&layers});
    std::reverse(layers.begin(), layers.end());

    std::size_t next = 0;
    long inputs = 3;
    for (auto &[ref, shape] : layers) {
        if (auto *affine = std::get_if<dlib::affine_ *>(&ref)) {
            auto gamma = (*affine)->get_gamma();
            auto beta = (*affine)->get_beta();
            const Tensor &weightsTensor = take(tensors, next, gamma.size(), "scale");
            const Tensor &biasTensor = take(tensors, next, beta.size(), "scale bias");
            std::copy(weightsTensor.values.begin(), weightsTensor.values.end(), gamma.host());
            std::copy(biasTensor.values.begin(), biasTensor.values.end(), beta.host());
            continue;
        }
        dlib::tensor &params = *std::get<dlib::tensor *>(ref);
        if (shape.size() == 2) { // fc [inputs][outputs]: dlib's own layout
            const Tensor &fc = take(tensors, next, params.size(), "fully connected layer");
            std::copy(fc.values.begin(), fc.values.end(), params.host());
            continue;
        }
        const long kh = shape[0], kw = shape[1], out = shape[3];
        const std::size_t filterCount = static_cast<std::size_t>(out * inputs * kh * kw);
        const Tensor &filters = take(tensors, next, filterCount, "convolution");
        const Tensor &bias = take(tensors, next, static_cast<std::size_t>(out), "convolution bias");
        if (params.size() != filterCount + static_cast<std::size_t>(out))
            throw VisionError(QCoreApplication::translate("Vision", "Unexpected parameter count in a convolution of the network."));
        float *host = params.host();
        // tfjs filters are [h][w][in][out]; dlib's con_ parameters are [out][in][h][w] then the biases.
        for (long o = 0; o < out; ++o)
            for (long i = 0; i < inputs; ++i)
                for (long y = 0; y < kh; ++y)
                    for (long x = 0; x < kw; ++x) {
                        const long source = layout == FilterLayout::TfjsHwio ? ((y * kw + x) * inputs + i) * out + o
                                                                             : ((y * kw + x) * out + o) * inputs + i;
                        host[((o * inputs + i) * kh + y) * kw + x] = filters.values[static_cast<std::size_t>(source)];
                    }
        std::copy(bias.values.begin(), bias.values.end(), host + filterCount);
        inputs = out;
    }
    if (next != tensors.size())
        throw VisionError(QCoreApplication::translate("Vision", "The manifest has %1 tensors the network does not use.").arg(tensors.size() - next));

    std::ostringstream stream;
    dlib::serialize(net, stream);
    const std::string bytes = stream.str();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

// --- BLAS ------------------------------------------------------------------------------------

bool setBlasThreads(int threads)
{
    using SetThreads = void (*)(int);
    auto *set = reinterpret_cast<SetThreads>(::dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
    if (!set)
        return false;
    set(threads);
    return true;
}

QString blasName()
{
    using GetConfig = char *(*)();
    auto *config = reinterpret_cast<GetConfig>(::dlsym(RTLD_DEFAULT, "openblas_get_config"));
    // OpenBLAS's own description starts with its name ("OpenBLAS 0.3.21 … Haswell").
    return config ? QString::fromLatin1(config()) : QStringLiteral("reference BLAS");
}

} // namespace portique::vision
