/* Stand-in for Windows' icuuc.dll under Wine (build machine only, see README.md): Qt6Core
 * imports these ucnv_* functions; every converter fails to open, so Qt keeps its own UTF codecs. */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
typedef int UErrorCode;
enum { U_FILE_ACCESS_ERROR = 4 };

static void fail(UErrorCode *err) {
    if (err != NULL && *err <= 0) *err = U_FILE_ACCESS_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *err) { (void)name; fail(err); return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) {
    (void)name; (void)standard; fail(err); return NULL;
}
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT void ucnv_fromUnicode(void *cnv, char **target, const char *targetLimit, const uint16_t **source,
                             const uint16_t *sourceLimit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)targetLimit; (void)source; (void)sourceLimit; (void)offsets; (void)flush;
    fail(err);
}
EXPORT void ucnv_toUnicode(void *cnv, uint16_t **target, const uint16_t *targetLimit, const char **source,
                           const char *sourceLimit, int32_t *offsets, int8_t flush, UErrorCode *err) {
    (void)cnv; (void)target; (void)targetLimit; (void)source; (void)sourceLimit; (void)offsets; (void)flush;
    fail(err);
}
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }
EXPORT int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; fail(err); return 0; }
EXPORT void ucnv_setFromUCallBack(void *cnv, void *action, const void *context, void **oldAction,
                                  const void **oldContext, UErrorCode *err) {
    (void)cnv; (void)action; (void)context;
    if (oldAction != NULL) *oldAction = NULL;
    if (oldContext != NULL) *oldContext = NULL;
    fail(err);
}
EXPORT void ucnv_setToUCallBack(void *cnv, void *action, const void *context, void **oldAction,
                                const void **oldContext, UErrorCode *err) {
    (void)cnv; (void)action; (void)context;
    if (oldAction != NULL) *oldAction = NULL;
    if (oldContext != NULL) *oldContext = NULL;
    fail(err);
}
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv;
    if (action != NULL) *action = NULL;
    if (context != NULL) *context = NULL;
}
EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv;
    if (action != NULL) *action = NULL;
    if (context != NULL) *context = NULL;
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const uint16_t **source, const uint16_t *sourceLimit,
                                    int32_t offsetIndex, UErrorCode *err) {
    (void)args; (void)source; (void)sourceLimit; (void)offsetIndex; fail(err);
}
EXPORT void ucnv_cbToUWriteUChars(void *args, const uint16_t *source, int32_t length, int32_t offsetIndex,
                                  UErrorCode *err) {
    (void)args; (void)source; (void)length; (void)offsetIndex; fail(err);
}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const uint16_t *units, int32_t length,
                                            int32_t codePoint, int reason, UErrorCode *err) {
    (void)context; (void)args; (void)units; (void)length; (void)codePoint; (void)reason; fail(err);
}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units, int32_t length,
                                          int reason, UErrorCode *err) {
    (void)context; (void)args; (void)units; (void)length; (void)reason; fail(err);
}
