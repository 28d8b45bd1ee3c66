# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language level, warnings and Qt hygiene for every target.
add_library(portique_settings INTERFACE)
target_compile_features(portique_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(portique_settings INTERFACE -Wall -Wextra -Wpedantic
  $<$<BOOL:${PORTIQUE_WERROR}>:-Werror>)
target_compile_definitions(portique_settings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_NO_CONTEXTLESS_CONNECT QT_USE_QSTRINGBUILDER QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_UP_TO=0x060000
  PORTIQUE_VERSION="${PROJECT_VERSION}")
if(PORTIQUE_SANITIZERS)
  list(JOIN PORTIQUE_SANITIZERS "," _portique_san)
  target_compile_options(portique_settings INTERFACE -fsanitize=${_portique_san} -fno-omit-frame-pointer)
  target_link_options(portique_settings INTERFACE -fsanitize=${_portique_san})
  # A UBSan finding stops the program (and fails the test or the fuzz run) instead of printing a
  # line that nobody reads and going on.
  if("undefined" IN_LIST PORTIQUE_SANITIZERS)
    target_compile_options(portique_settings INTERFACE -fno-sanitize-recover=undefined)
  endif()
endif()

# Precompiled headers (cmake/pch/): Qt's headers are most of what each file costs to compile, and
# CI builds everything from scratch twice (scripts/test.sh, scripts/sanitize.sh). -Winvalid-pch makes a
# header that cannot be used (flags that differ from the ones it was made with) a warning, so an error
# in CI, instead of a silent slow build.
function(portique_precompile target header)
  target_precompile_headers(${target} PRIVATE "${CMAKE_SOURCE_DIR}/cmake/pch/${header}")
  target_compile_options(${target} PRIVATE -Winvalid-pch)
endfunction()
