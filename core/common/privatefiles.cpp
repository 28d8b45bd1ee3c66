// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 Portique contributors
#include "privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace portique::common {
namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

void keepNewFilesPrivate()
{
    ::umask(S_IRWXG | S_IRWXO);
}

QString writePrivateFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo target(path);
    // A hidden temporary name in the same folder: rename() is atomic only within one file system.
    QByteArray temporary = QFile::encodeName(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    // mkstemp creates the file 0600 (POSIX.1-2008), before a single byte is in it.
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return systemError(errno);
    auto fail = [&](int error) {
        ::close(fd);
        ::unlink(temporary.constData());
        return systemError(error);
    };
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        return fail(errno);
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, std::size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return fail(written < 0 ? errno : ENOSPC);
        data += written;
        left -= written;
    }
    if (::fsync(fd) != 0)
        return fail(errno);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return systemError(error);
    }
    if (::rename(temporary.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return systemError(error);
    }
    return {};
}

} // namespace portique::common
