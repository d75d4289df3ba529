package normalize_test

import (
	"fmt"

	"github.com/vnextract/vnextract/normalize"
)

func ExampleString() {
	fmt.Printf("%q\n", normalize.String("\u00d0ắk Lắk:\u00a0Thanh Hoá – “UỶ BAN”\r\nVie\u0323\u0302t"))
	// Output: "Đắk Lắk: Thanh Hóa - \"ỦY BAN\"\nViệt"
}

func ExampleOptions_String() {
	modern := normalize.Options{Tone: normalize.Modern}
	fmt.Println(modern.String("Khánh Hòa, thủy điện, hoàn thành"))
	// Output: Khánh Hoà, thuỷ điện, hoàn thành
}

func ExampleFold() {
	fmt.Println(normalize.Fold("ĐÀ NẴNG"), "|", normalize.Fold("Hải Dương"))
	// Output: da nang | hai duong
}

func ExampleDecode() {
	tcvn3 := []byte("Ti\xd5ng Vi\xd6t") // no charset declared
	text, enc, err := normalize.Decode(tcvn3, "")
	fmt.Println(text, enc, err)

	mojibake := []byte("Tiáº¿ng Viá»‡t")
	text, enc, err = normalize.Decode(mojibake, "utf-8")
	fmt.Println(text, enc, err)
	// Output:
	// Tiếng Việt tcvn3 <nil>
	// Tiếng Việt utf-8+mojibake-repair <nil>
}

func ExampleHTMLCharset() {
	page := []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">`)
	fmt.Println(normalize.HTMLCharset(page))
	// Output: windows-1258
}

func ExampleUnescapeEntities() {
	fmt.Println(normalize.String(normalize.UnescapeEntities("H&agrave; N&ocirc;&#803;i")))
	// Output: Hà Nội
}

func ExampleRepair() {
	fixed, from := normalize.Repair("Céng hßa x· héi chñ nghÜa ViÖt Nam")
	fmt.Println(fixed, "←", from)
	// Output: Cộng hòa xã hội chủ nghĩa Việt Nam ← tcvn3
}

func ExampleParseNumber() {
	n, err := normalize.ParseNumber("2,5 triệu")
	fmt.Println(n.Value, err)
	_, err = normalize.ParseNumber("14.11.2013")
	fmt.Println(err)
	// Output:
	// 2.5e+06 <nil>
	// normalize: not a number
}

func ExampleVNI() {
	b, _ := normalize.VNI.NewEncoder().String("Ủy ban nhân dân")
	fmt.Printf("% X\n", b)
	// Output: 55 DB 79 20 62 61 6E 20 6E 68 61 E2 6E 20 64 61 E2 6E
}
