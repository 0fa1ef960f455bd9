#include <poppler.h>

/// Releases a GObject; `g_object_unref` takes a `gpointer`, which Swift sees as a raw pointer.
static inline void peilstok_object_unref(void *object) { g_object_unref(object); }

/// True when `error` is poppler's "document is encrypted" error.
static inline int peilstok_is_encrypted_error(const GError *error) {
    return error != NULL && error->domain == POPPLER_ERROR && error->code == POPPLER_ERROR_ENCRYPTED;
}

/// The attributes at `node` of a list from `poppler_page_get_text_attributes`.
static inline PopplerTextAttributes *peilstok_attributes(GList *node) { return (PopplerTextAttributes *)node->data; }
