# SPDX-License-Identifier: GPL-3.0-or-later
# The real `portique` binary end to end, offscreen: demo start, sign-in, screenshot, bad usage.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{PORTIQUE_LANG} fr)
set(dir "${WORK_DIR}/app_smoke")
file(REMOVE_RECURSE "${dir}")
file(MAKE_DIRECTORY "${dir}")

execute_process(COMMAND "${PORTIQUE}" --demo --demo-dir "${dir}/demo" --screenshot "${dir}/login.png" --quit-after 3
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT EXISTS "${dir}/login.png")
  message(FATAL_ERROR "demo start failed (${rc}): ${err}")
endif()

set(ENV{PORTIQUE_PASSWORD} demo-dpo-2026)
execute_process(COMMAND "${PORTIQUE}" --demo --demo-dir "${dir}/demo" --login dpo --tab 1
                        --screenshot "${dir}/main.png" --quit-after 4
                RESULT_VARIABLE rc ERROR_VARIABLE err)
file(SIZE "${dir}/main.png" main_size)
file(SIZE "${dir}/login.png" login_size)
if(NOT rc EQUAL 0 OR main_size LESS 10000)
  message(FATAL_ERROR "signed-in window failed (${rc}): ${err}")
endif()
if(main_size EQUAL login_size)
  message(FATAL_ERROR "the screenshot after sign-in is the login dialog again")
endif()

execute_process(COMMAND "${PORTIQUE}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "--demo")
  message(FATAL_ERROR "without a database, portique should explain itself and exit 2 (${rc}): ${err}")
endif()

set(ENV{QT_QPA_PLATFORM} "")
execute_process(COMMAND env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "${PORTIQUE}" --demo
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "xvfb-run")
  message(FATAL_ERROR "without a display, portique should say how to run it (${rc}): ${err}")
endif()
message(STATUS "portique: demo, sign-in, screenshots and usage errors behave")
