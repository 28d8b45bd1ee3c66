# SPDX-License-Identifier: GPL-3.0-or-later
# Every dependency comes from Debian 12 packages (scripts/setup.sh installs them).
set(CMAKE_AUTOMOC ON)
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Concurrent PrintSupport Svg Multimedia Test LinguistTools)
find_package(PkgConfig REQUIRED)
# SQLCipher exports the same sqlite3_* symbols as the system libsqlite3, which OpenCV (through GDAL)
# and dlib also pull in. The one loaded first wins: portique_sqlcipher is linked first and with
# --no-as-needed, and storage/database.cpp refuses to open a file when PRAGMA cipher_version is silent.
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)

# dlib (HOG detector, shape predictor, ResNet descriptor). Not through `pkg-config dlib-1`: it puts
# the system libsqlite3 (and BLAS) at the very front of every link line, ahead of SQLCipher. libdlib
# itself needs libsqlite3 at run time, but the executables name libsqlcipher first, so its symbols win.
# BLAS resolves to OpenBLAS through Debian's alternatives once libopenblas0-pthread is installed.
find_path(PORTIQUE_DLIB_INCLUDE dlib/dnn.h REQUIRED)
find_library(PORTIQUE_DLIB_LIBRARY dlib REQUIRED)
find_library(PORTIQUE_LAPACK_LIBRARY lapack REQUIRED)
find_library(PORTIQUE_BLAS_LIBRARY blas REQUIRED)
add_library(portique_dlib INTERFACE)
target_include_directories(portique_dlib SYSTEM INTERFACE ${PORTIQUE_DLIB_INCLUDE})
target_link_libraries(portique_dlib INTERFACE ${PORTIQUE_DLIB_LIBRARY} ${PORTIQUE_LAPACK_LIBRARY} ${PORTIQUE_BLAS_LIBRARY})

# OpenCV from the split Debian packages (core, imgproc, imgcodecs, videoio, objdetect): they ship no
# CMake config of their own (libopencv-dev would pull every module), so the target is made here.
find_path(PORTIQUE_OPENCV_INCLUDE opencv2/core.hpp PATHS /usr/include/opencv4 REQUIRED)
add_library(portique_opencv INTERFACE)
target_include_directories(portique_opencv SYSTEM INTERFACE ${PORTIQUE_OPENCV_INCLUDE})
foreach(module core imgproc imgcodecs videoio objdetect)
  find_library(PORTIQUE_OPENCV_${module} opencv_${module} REQUIRED)
  target_link_libraries(portique_opencv INTERFACE ${PORTIQUE_OPENCV_${module}})
endforeach()

# ZXing-cpp (QR encoding and decoding) from libzxing-dev, which ships a CMake config (ZXing::ZXing).
# Pinned below 2.0: 2.x replaced DecodeHints by ReaderOptions and changed the writer API.
# ZX_USE_UTF8 makes Result::text() a UTF-8 std::string and silences 1.4's transition #pragma.
# Only core/access/qrcode.cpp includes it (STYLE.md: no public header of core/ does).
find_package(ZXing 1.4...<2 REQUIRED CONFIG)
add_library(portique_zxing INTERFACE)
target_link_libraries(portique_zxing INTERFACE ZXing::ZXing)
target_compile_definitions(portique_zxing INTERFACE ZX_USE_UTF8)
