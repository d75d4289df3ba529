/*
Vnextract extracts facts from scraped Vietnamese news articles: the
headline, the publish time, the source and author, and the dates, people
with their job titles (chức danh), numeric indicators and official document
references of the text. It writes them as CSV, JSON Lines or an XLSX
workbook, one fact a row, over one page or tens of thousands.

Usage:

	vnextract [flags] [path ...]
	vnextract text [flags] [path ...]
	vnextract normalize [flags] [path ...]

A path is an HTML page (.html, .htm, or content that sniffs as HTML), an
article scraped as text (.txt), a directory (walked recursively for the
-include patterns, '*.html,*.htm,*.txt' by default), a glob, or "-" for
standard input (the default). A crawler's JSON Lines (*.jsonl, *.ndjson,
also gzipped: {"url": ..., "html": ...} or "text", optional "charset") and
WARC files (*.warc, *.warc.gz: their HTML responses) hold many inputs;
standard input is sniffed for both. The URL, when known, is the doc.

The inputs are read by -workers goroutines at once (default: the number of
CPUs) and the output is in input order whatever their number. Memory does
not grow with the number of inputs. Ctrl-C stops the run: the rows
written are complete and the summary says where it stopped.

The facts CSV has the columns doc, kind, value, unit, person, detail, text,
sentence (see README.md). -format jsonl writes the same as JSON Lines;
-format xlsx a workbook with the sheets Articles, Facts and People.
-articles FILE writes one row per article. CSV cells that a spreadsheet
would run as a formula get a leading apostrophe unless -raw.

"vnextract text" prints each article cleaned: the headline, a blank line,
then the body paragraphs one per line. "vnextract normalize" prints each
input decoded to UTF-8 and normalised.

On stderr: one line per input that failed ("vnextract: INPUT: REASON";
also in the -errors file), per page that is not an article, and per
warning (a rule that ran past -match-timeout on a sentence: the input's
other facts are written); a
progress bar when stderr is a terminal; and always a final summary line.

Exit codes: 0 every input processed (pages that are not articles
included), 1 some input failed, the run was interrupted or the output
could not be written, 2 usage error. -exit-zero makes failed inputs exit 0
(for Hadoop Streaming and Spark pipe()).
*/
package main
