/* A stand-in for Windows' bcryptprimitives.dll, for the Wine smoke test ONLY (never shipped).
 * Rust's standard library gets random bytes from ProcessPrng in bcryptprimitives.dll, which
 * Wine 8 does not have; this forwards it to RtlGenRandom (advapi32's SystemFunction036).
 * Built by packaging/smoke-windows.sh with mingw-w64 into the test prefix's system32. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
