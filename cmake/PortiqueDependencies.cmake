# SPDX-License-Identifier: GPL-3.0-or-later
# Every dependency comes from Debian 12 packages (scripts/setup.sh installs them).
set(CMAKE_AUTOMOC ON)
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Concurrent PrintSupport Svg Test LinguistTools)
find_package(PkgConfig REQUIRED)
# SQLCipher exports the same sqlite3_* symbols as the system libsqlite3, which OpenCV (through GDAL)
# and dlib also pull in. The one loaded first wins: portique_sqlcipher is linked first and with
# --no-as-needed, and storage/database.cpp refuses to open a file when PRAGMA cipher_version is silent.
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
