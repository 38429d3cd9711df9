# SPDX-License-Identifier: GPL-3.0-or-later
# Cross-compile for 64-bit Windows with Debian's mingw-w64 (posix thread model)
# and run the results under Wine. Measured recipe: shared/WINE.md.
#   cmake -S tests/windows -B build-windows \
#         -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64-posix.cmake
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)

# The posix variant: GCC 12's win32 thread model has no std::mutex/std::thread,
# which GoogleTest 1.12 needs.
set(CMAKE_C_COMPILER x86_64-w64-mingw32-gcc-posix)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)

set(CMAKE_FIND_ROOT_PATH /usr/x86_64-w64-mingw32)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# -static: with only -static-libgcc -static-libstdc++ the exe still imports
# libwinpthread-1.dll, and under WINEDEBUG=-all a missing DLL exits 53 silently.
set(CMAKE_EXE_LINKER_FLAGS_INIT -static)

set(CMAKE_CROSSCOMPILING_EMULATOR wine)
