/*
Vnextract extracts facts from scraped Vietnamese news articles: the
headline, the publish time, the source and author, and the dates, people
with their job titles (chức danh), numeric indicators and official document
references of the text. It writes them as CSV, one fact a row.

Usage:

	vnextract [flags] [path ...]
	vnextract text [flags] [path ...]
	vnextract normalize [flags] [path ...]

A path is an HTML page (.html, .htm, or content that sniffs as HTML), an
article scraped as text (.txt), or a directory, walked for such files. No
path, or "-", reads standard input.

The facts CSV has the columns doc, kind, value, unit, person, detail, text,
sentence (see README.md).

"vnextract text" prints each article cleaned: the headline, a blank line,
then the body paragraphs one per line. "vnextract normalize" prints each
input decoded to UTF-8 and normalised.

Errors name the input and do not stop the run. The exit code is 0 when
every input was processed, 1 when some failed, 2 for a usage error.
*/
package main
