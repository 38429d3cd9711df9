// SPDX-License-Identifier: GPL-3.0-or-later
// What one page fault costs on this machine: the first write to each 4 KB
// page of 200 MB of fresh memory, in microseconds per page. A process that
// builds 10,000 certificates touches some 45 MB of new heap, so on a virtual
// machine where a fault is slow this is a large part of a whole-process time
// that an in-process benchmark (which reuses its heap) never sees.

#include <sys/mman.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>

int main()
{
    const size_t size = size_t(200) << 20;
    const auto page = size_t(sysconf(_SC_PAGESIZE));
    void* mem = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED)
        return 1;
    auto* bytes = static_cast<volatile char*>(mem);
    const auto start = std::chrono::steady_clock::now();
    for (size_t at = 0; at < size; at += page)
        bytes[at] = 1;
    const std::chrono::duration<double, std::micro> took = std::chrono::steady_clock::now() - start;
    std::printf("%.2f\n", took.count() / double(size / page));
    munmap(mem, size);
    return 0;
}
