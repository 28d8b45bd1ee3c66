// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "tones.h"

#include <QAudioDevice>
#include <QDir>
#include <QFileInfo>
#include <QMediaDevices>
#include <QSaveFile>
#include <QSoundEffect>
#include <QStandardPaths>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace portique::ui {
namespace {

// 22.05 kHz mono is plenty for beeps under 1.5 kHz and keeps a file at 44 kB a second.
constexpr int sampleRate = 22'050;
constexpr double amplitude = 0.45; // of full scale: audible in a hall, never clipping
constexpr double rampMs = 6.0;     // attack and release, so a beep starts and ends without a click

QByteArray littleEndian32(quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    return QByteArray(reinterpret_cast<const char *>(&le), 4);
}

QByteArray littleEndian16(quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    return QByteArray(reinterpret_cast<const char *>(&le), 2);
}

} // namespace

QByteArray wavOf(const std::vector<Tone> &tones)
{
    QByteArray pcm;
    for (const Tone &tone : tones) {
        const int samples = sampleRate * tone.ms / 1000;
        const int ramp = int(sampleRate * rampMs / 1000.0);
        for (int i = 0; i < samples; ++i) {
            const double envelope = std::min({1.0, double(i) / ramp, double(samples - 1 - i) / ramp});
            const double value = amplitude * envelope * std::sin(2.0 * std::numbers::pi * tone.hertz * i / sampleRate);
            const qint16 sample = qToLittleEndian(qint16(std::lround(value * 32767.0)));
            pcm.append(reinterpret_cast<const char *>(&sample), 2);
        }
        pcm.append(QByteArray(sampleRate * tone.silenceAfterMs / 1000 * 2, '\0'));
    }
    QByteArray wav;
    wav += "RIFF";
    wav += littleEndian32(quint32(36 + pcm.size()));
    wav += "WAVEfmt ";
    wav += littleEndian32(16);             // fmt chunk size
    wav += littleEndian16(1);              // PCM
    wav += littleEndian16(1);              // mono
    wav += littleEndian32(sampleRate);
    wav += littleEndian32(sampleRate * 2); // bytes per second
    wav += littleEndian16(2);              // bytes per frame
    wav += littleEndian16(16);             // bits per sample
    wav += "data";
    wav += littleEndian32(quint32(pcm.size()));
    wav += pcm;
    return wav;
}

QString writeToneFile(const QString &fileName, const std::vector<Tone> &tones, const QString &directory)
{
    const QString path = QDir(directory).filePath(fileName);
    const QByteArray wav = wavOf(tones);
    if (QFileInfo(path).size() == wav.size())
        return path;
    QDir().mkpath(directory);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(wav) != wav.size() || !file.commit())
        return {};
    return path;
}

QString toneDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("sounds"));
}

std::vector<Tone> alertTones()
{
    // A5 – D6 – A5, repeated once: a chime in another key than the gate's E tones, and longer
    // (about 1.1 s) than any of them, so it is not taken for a passage.
    return {{880.0, 150, 30}, {1174.7, 150, 30}, {880.0, 220, 200}, {880.0, 150, 30}, {1174.7, 150, 30}, {880.0, 220, 0}};
}

TonePlayer::TonePlayer(QObject *parent)
    : QObject(parent)
{
}

bool TonePlayer::load(const std::vector<Sound> &sounds)
{
    turnOff(QString());
    if (QMediaDevices::audioOutputs().isEmpty()) {
        m_whyOff = tr("No audio output on this station.");
        return false;
    }
    const QString directory = toneDirectory();
    std::vector<QSoundEffect *> effects;
    for (const Sound &sound : sounds) {
        const QString path = writeToneFile(sound.fileName, sound.tones, directory);
        if (path.isEmpty()) {
            qDeleteAll(effects);
            m_whyOff = tr("The sounds could not be written to %1.").arg(QDir::toNativeSeparators(directory));
            return false;
        }
        auto *effect = new QSoundEffect(this);
        effect->setSource(QUrl::fromLocalFile(path));
        effect->setVolume(0.8F);
        connect(effect, &QSoundEffect::statusChanged, this, [this, effect] {
            if (effect->status() == QSoundEffect::Error)
                QMetaObject::invokeMethod(this, [this] {
                    if (isOn()) {
                        turnOff(tr("The audio output refused the sounds."));
                        Q_EMIT failed(m_whyOff);
                    }
                }, Qt::QueuedConnection);
        });
        effects.push_back(effect);
    }
    m_effects = std::move(effects);
    m_whyOff.clear();
    return true;
}

void TonePlayer::play(int index)
{
    if (index < 0 || std::size_t(index) >= m_effects.size())
        return;
    QSoundEffect *effect = m_effects[std::size_t(index)];
    if (effect->status() == QSoundEffect::Ready)
        effect->play();
}

void TonePlayer::turnOff(const QString &why)
{
    qDeleteAll(m_effects);
    m_effects.clear();
    m_whyOff = why;
}

} // namespace portique::ui
