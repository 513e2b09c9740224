// A crash at an exact point, for tst_crashsafety: preloaded into the real executable
// (LD_PRELOAD), it sends the process SIGKILL just before a chosen system call, so a test can
// kill a save between writing the new file and renaming it over the old one, or a cache commit
// in the middle of its write-ahead log, which random kill times almost never hit.
//
// KD_KILL_AT=rename:NAME   before rename() onto a path containing NAME
// KD_KILL_AT=linkat:NAME   before linkat() to a path containing NAME (QSaveFile's O_TMPFILE)
// KD_KILL_AT=write:NAME:N  before the N-th write to a file whose path contains NAME
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

struct KillPoint
{
    char call[16] = {};
    char name[256] = {};
    long nth = 1;
    bool active = false;
};

const KillPoint& killPoint()
{
    static const KillPoint point = [] {
        KillPoint p;
        const char* spec = std::getenv("KD_KILL_AT");
        if (!spec)
            return p;
        const char* colon = std::strchr(spec, ':');
        if (!colon || size_t(colon - spec) >= sizeof p.call)
            return p;
        std::memcpy(p.call, spec, size_t(colon - spec));
        const char* name = colon + 1;
        const char* count = std::strrchr(name, ':');
        size_t length = std::strlen(name);
        if (std::strcmp(p.call, "write") == 0 && count) {
            p.nth = std::atol(count + 1);
            length = size_t(count - name);
        }
        if (length == 0 || length >= sizeof p.name)
            return p;
        std::memcpy(p.name, name, length);
        p.active = true;
        return p;
    }();
    return point;
}

bool contains(const char* path, const char* name)
{
    return path && std::strstr(path, name);
}

void killIf(const char* call, const char* path)
{
    const KillPoint& p = killPoint();
    if (p.active && std::strcmp(p.call, call) == 0 && contains(path, p.name))
        ::kill(::getpid(), SIGKILL);
}

void beforeWrite(int fd)
{
    const KillPoint& p = killPoint();
    if (!p.active || std::strcmp(p.call, "write") != 0)
        return;
    char link[64];
    char path[512];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = ::readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return;
    path[n] = '\0';
    static std::atomic<long> seen{0};
    if (contains(path, p.name) && ++seen >= p.nth)
        ::kill(::getpid(), SIGKILL);
}

template <typename F> F real(const char* symbol)
{
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, symbol));
}

} // namespace

extern "C" {

int rename(const char* from, const char* to)
{
    killIf("rename", to);
    static const auto next = real<int (*)(const char*, const char*)>("rename");
    return next(from, to);
}

int linkat(int fromDir, const char* from, int toDir, const char* to, int flags)
{
    killIf("linkat", to);
    static const auto next = real<int (*)(int, const char*, int, const char*, int)>("linkat");
    return next(fromDir, from, toDir, to, flags);
}

ssize_t write(int fd, const void* data, size_t size)
{
    beforeWrite(fd);
    static const auto next = real<ssize_t (*)(int, const void*, size_t)>("write");
    return next(fd, data, size);
}

ssize_t pwrite(int fd, const void* data, size_t size, off_t offset)
{
    beforeWrite(fd);
    static const auto next = real<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    return next(fd, data, size, offset);
}

ssize_t pwrite64(int fd, const void* data, size_t size, off64_t offset)
{
    beforeWrite(fd);
    static const auto next = real<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64");
    return next(fd, data, size, offset);
}
}
