// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocator.h"

#include <cstdlib> // defines __GLIBC__ with the C library's headers

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace chatbuddy::client {

void tuneAllocator()
{
#if defined(__GLIBC__)
    constexpr int MiB = 1024 * 1024;
    mallopt(M_MMAP_THRESHOLD, 4 * MiB); // also stops glibc moving it with every free
    mallopt(M_TRIM_THRESHOLD, 64 * MiB);
    mallopt(M_TOP_PAD, 16 * MiB);
#endif
}

} // namespace chatbuddy::client
