// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#pragma once

#include <QObject>
#include <QString>

#include <vector>

class QSoundEffect;

namespace portique::ui {

/// @brief One beep of a sound: a sine at @p hertz for @p ms, then @p silenceAfterMs of silence.
struct Tone {
    double hertz;
    int ms;
    int silenceAfterMs;
};

/// @brief @p tones as a WAV file's bytes: 16-bit PCM, mono, 22.05 kHz, each beep ramped in and out.
QByteArray wavOf(const std::vector<Tone> &tones);
/// @brief Writes @p tones as @p fileName in @p directory, once (an existing file of the right
/// size is kept); returns its path, or an empty string when it cannot be written.
QString writeToneFile(const QString &fileName, const std::vector<Tone> &tones, const QString &directory);
/// @brief Where the station writes its sounds: the user's cache folder.
QString toneDirectory();

/// @brief The alert chime (UI.md): three rising-falling notes, unlike any of the gate's outcome tones,
/// so an alert is told apart from a passage without looking.
std::vector<Tone> alertTones();

/// @brief A few generated sounds, ready to play at once. A station without audio output (no
/// device, no sound server, headless) stays silent and says why. GUI thread only.
class TonePlayer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TonePlayer)

public:
    struct Sound {
        QString fileName; ///< with a version in it: a change of tones writes a new file
        std::vector<Tone> tones;
    };

    explicit TonePlayer(QObject *parent = nullptr);
    /// @brief Writes the files and opens one effect per sound (index = position in @p sounds).
    /// False, with whyOff(), when there is no audio output or the files cannot be written.
    bool load(const std::vector<Sound> &sounds);
    bool isOn() const { return !m_effects.empty(); }
    QString whyOff() const { return m_whyOff; }
    /// @brief Plays sound @p index when it is ready; nothing otherwise.
    void play(int index);

Q_SIGNALS:
    /// @brief The audio output refused the sounds after load(): the player is off from now on.
    void failed(const QString &why);

private:
    void turnOff(const QString &why);

    std::vector<QSoundEffect *> m_effects;
    QString m_whyOff;
};

} // namespace portique::ui
