/* Stand-in for mscms.dll under Wine (build machine only, see README.md): Wine 8's lacks
 * WcsCreateIccProfile, which Qt's windows platform imports. No colour profile: Qt uses sRGB. */
#include <windows.h>

#define EXPORT __declspec(dllexport)

EXPORT HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share, DWORD creation) {
    (void)profile; (void)access; (void)share; (void)creation;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
EXPORT BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
EXPORT BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size) {
    (void)profile; (void)buffer;
    if (size != NULL) *size = 0;
    SetLastError(ERROR_NOT_SUPPORTED);
    return FALSE;
}
EXPORT HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD options) {
    (void)profile; (void)options;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
