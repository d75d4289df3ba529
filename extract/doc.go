// Package extract reads scraped Vietnamese news articles, HTML pages or
// text with its page chrome, and finds their facts: the headline, the
// publish time, the source and author, and in the text the dates, the
// people with their job titles (chức danh), the numeric indicators and the
// references to official documents.
//
// The pipeline, per input:
//
//	decode   normalize.Decode (or DecodeMarkup for HTML): bytes to text
//	read     HTML: chrome removed by tag, role and class (chrome.go), the
//	         body found by scoring paragraphs (body.go), the headline, date
//	         line and credits read around it (headline.go, meta.go,
//	         jsonld.go); text: chrome lines dropped (text.go)
//	clean    normalize.Options.String on every text kept
//	split    sentences (sentence.go)
//	match    rules of documents, then dates, then indicators, each kind
//	         claiming its matches (facts.go, match.go); people and titles
//	         by the people reader (people.go, titles.go, tokens.go)
//	resolve  short document references, issuing dates, people's titles
//
// The rules and lexicons are data, embedded from rules/ and documented in
// rules/README.md; LoadRules reads them, and Options.Rules adds a user's.
// An Extractor is safe for concurrent use. Offsets in a Fact are byte
// offsets into its Sentence.
package extract
