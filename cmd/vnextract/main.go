// Command vnextract turns scraped Vietnamese news articles into
// spreadsheet-ready facts. See doc.go for the manual.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
