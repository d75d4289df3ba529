package extract_test

import (
	"encoding/csv"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/vnextract/vnextract/extract"
	"github.com/vnextract/vnextract/normalize"
)

// page is a small news page: a headline, a date line, one paragraph.
const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Hải Dương kết nạp đảng viên mới - Báo Hải Dương</title></head>
<body>
<h1>Hải Dương kết nạp đảng viên mới</h1>
<p>Sáng 12.8.2022, đồng chí Phạm Xuân Thăng, Bí thư Tỉnh ủy, cho biết toàn tỉnh có 1.340 chi bộ thôn.</p>
</body></html>`

// Example reads a page and prints its facts, one line each.
func Example() {
	x, err := extract.New(extract.DefaultOptions())
	if err != nil {
		panic(err)
	}
	a, err := x.FromHTML(strings.NewReader(page), "https://baohaiduong.vn/tin-1.html")
	if err != nil {
		panic(err)
	}
	for _, f := range a.Facts {
		fmt.Println(strings.TrimSpace(fmt.Sprintf("%s: %s %s", f.Kind, f.Value, f.Unit)))
	}
	// Output:
	// headline: Hải Dương kết nạp đảng viên mới
	// date: 2022-08-12
	// indicator: 1340 chi bộ
	// person: Phạm Xuân Thăng
	// title: Bí thư Tỉnh ủy
}

// ExampleNew makes an extractor that writes the modern tone-mark
// placement ("hoà", "uỷ") instead of the traditional one.
func ExampleNew() {
	opts := extract.DefaultOptions()
	opts.Tone = normalize.Modern
	x, err := extract.New(opts)
	if err != nil {
		panic(err)
	}
	a, err := x.FromText(strings.NewReader("Ủy ban hòa giải\n\nNgày 3.9.2023, Ủy ban họp với 25 thành viên."), "note.txt")
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Headline)
	// Output:
	// Uỷ ban hoà giải
}

// ExampleExtractor_FromRecord reads a text a crawler saved without its
// date line, with the publish time the crawler recorded: dates written
// without a year take it from there.
func ExampleExtractor_FromRecord() {
	x, err := extract.New(extract.DefaultOptions())
	if err != nil {
		panic(err)
	}
	text := "Hội nghị tổng kết\nSáng 12.8, Ban Thường vụ Tỉnh ủy tổ chức hội nghị với 1.340 đại biểu."
	rec := extract.Record{Doc: "crawl.jsonl:7", Published: time.Date(2022, 8, 13, 9, 30, 0, 0, time.UTC)}
	a, err := x.FromRecord([]byte(text), rec)
	if err != nil {
		panic(err)
	}
	fmt.Println(a.PublishedValue())
	for _, f := range a.Facts {
		if f.Kind == extract.Date {
			fmt.Println(f.Value, f.Text)
		}
	}
	// Output:
	// 2022-08-13T16:30:00+07:00
	// 2022-08-12 12.8
}

// ExampleFact_Record writes an article's facts as the CSV the command
// writes.
func ExampleFact_Record() {
	x, err := extract.New(extract.DefaultOptions())
	if err != nil {
		panic(err)
	}
	a, err := x.FromHTML(strings.NewReader(page), "")
	if err != nil {
		panic(err)
	}
	w := csv.NewWriter(os.Stdout)
	w.Write(extract.Header())
	for _, f := range a.Facts {
		if f.Kind == extract.Indicator {
			w.Write(f.Record("tin-1.html"))
		}
	}
	w.Flush()
	// Output:
	// doc,kind,value,unit,person,detail,text,sentence
	// tin-1.html,indicator,1340,chi bộ,,counted: chi bộ thôn,1.340,"Sáng 12.8.2022, đồng chí Phạm Xuân Thăng, Bí thư Tỉnh ủy, cho biết toàn tỉnh có 1.340 chi bộ thôn."
}
