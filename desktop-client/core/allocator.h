// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chatbuddy::client {

// Tells the C library's allocator to keep the memory it frees for a while instead of giving
// it back to the kernel at once. A file transfer moves the same few hundred KiB buffers
// (QSslSocket's, the blocks) many times a second; with glibc's defaults each is unmapped or
// trimmed when freed and faulted in again for the next block, which cost more than TLS itself
// (docs/performance.md, "File transfer"). Buffers up to 4 MiB come from the heap, and up to
// 64 MiB of freed heap stays with the process. Call once at the start of main(); a no-op
// where the C library is not glibc.
void tuneAllocator();

} // namespace chatbuddy::client
