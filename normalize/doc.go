// Package normalize turns Vietnamese text from the web into one canonical
// form: valid UTF-8, NFC, one spelling per letter, one placement of tone
// marks, and plain spaces, dashes and quotes.
//
// The pipeline, in the order the functions should be applied, is
//
//	Decode            bytes → UTF-8: BOM, declared charset, legacy
//	                  Vietnamese code pages, detection, mojibake repair
//	UnescapeEntities  HTML character references (text from markup only)
//	String            mark order + NFC, look-alikes, invisible characters,
//	                  spaces, dashes, quotes, tone placement
//	Fold              match keys: lower case, no accents, đ → d
//
// The rules, their sources and the test vectors are in the project's
// normalisation spec (../shared/reference/normalize.md); the vectors are
// copied to testdata/normalize_vectors.tsv and run by TestVectors.
//
// Files: normalize.go (Options, String), fast.go (the allocation-free
// check for text that is already canonical), chars.go (per-character
// rules), tone.go (tone placement), fold.go (Fold), decode.go (Decode),
// html.go (HTMLCharset, UnescapeEntities), legacy.go and vni.go (the
// VISCII, TCVN3, VPS and VNI encodings), detect.go (legacy detection),
// mojibake.go (Repair), number.go (ParseNumber), and tables.go, generated
// by gen.go from testdata/legacy/*.txt (the code pages of the spec's
// Appendix A) and golang.org/x/text/unicode/norm.
package normalize

//go:generate go run gen.go
