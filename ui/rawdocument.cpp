#include "ui/rawdocument.h"

#include "ui/jsonformatter.h"

namespace chainscope::ui {

void RawDocument::prepare()
{
    prettyError.clear();
    pretty = JsonFormatter::pretty(bytes, &prettyError);
    prepared = true;
}

} // namespace chainscope::ui
