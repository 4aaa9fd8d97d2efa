#!/usr/bin/env bash
# Renders a draft summary report (总结报告, issue 9) to PDF and PNG pages so a person can look at it.
# NOT part of CI or ./rectify test. It runs SummaryReportDocumentTests (which seeds a committee on Azurite — its own
# in-memory Azurite unless RECTIFY_TEST_STORAGE is set — and checks every figure) with RECTIFY_SUMMARY_REPORT_OUT set,
# so the test keeps a copy of the .docx it produced; then LibreOffice converts it and pdftoppm makes one PNG per page.
# Needs: LibreOffice Writer, poppler-utils and a CJK font (Debian: apt-get install libreoffice-writer-nogui
# poppler-utils fonts-noto-cjk); without the font the Chinese text renders as boxes.
# Usage: tools/render-summary-report.sh [output folder]   (default artifacts/summary-report)
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mkdir -p "${1:-artifacts/summary-report}" && cd "${1:-artifacts/summary-report}" && pwd)"
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk" >&2; exit 1; }
done

dotnet build tests/RectifyBot.Bot.Tests -c Release -v q -clp:ErrorsOnly
rm -f "$out"/summary-report.docx "$out"/summary-report.pdf "$out"/page-*.png
RECTIFY_SUMMARY_REPORT_OUT="$out/summary-report.docx" \
  dotnet test tests/RectifyBot.Bot.Tests -c Release --no-build --filter "FullyQualifiedName~SummaryReportDocumentTests"
test -s "$out/summary-report.docx" || { echo "the test wrote no report" >&2; exit 1; }

# A private LibreOffice profile, so a running LibreOffice or a first-start dialog does not get in the way.
soffice -env:UserInstallation="file://$out/.lo-profile" --headless --convert-to pdf --outdir "$out" "$out/summary-report.docx" >/dev/null
pdftoppm -png -r 80 "$out/summary-report.pdf" "$out/page"
echo "Rendered: $out/summary-report.pdf and $(ls "$out"/page-*.png | wc -l) page(s) $out/page-*.png"
