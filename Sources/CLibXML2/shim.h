// libxml2 built with ICU includes <unicode/ucnv.h> from encoding.h; those system ICU
// headers clash with the ICU copy inside swift-corelibs-foundation, and peilstok never
// needs libxml2's ICU converters, so the include is switched off before it happens.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
