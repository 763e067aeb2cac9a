#ifndef PUEBLA_CLIBXML2_SHIM_H
#define PUEBLA_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so its encoding.h would include the system's ICU headers, which
// clash with the copy Foundation bundles ('UErrorCode' has different definitions). Only the
// layout of libxml2's converter structure depends on it, and Puebla never touches that.
#undef LIBXML_ICU_ENABLED

// libxml2's HTML parser (saved pages) and XML parser (feeds); both read from memory only.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#endif
