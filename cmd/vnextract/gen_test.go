package main

import (
	"fmt"
	"math/rand"
	"strings"
)

// Generated inputs: small news pages built from the sentences of the
// sample article (testdata/sample) with the names, titles, numbers and
// dates varied, so that a batch of thousands is cheap to make and to read.

var (
	genSurnames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"}
	genMiddles  = []string{"Văn", "Thị", "Minh", "Xuân", "Đức", "Thanh", "Quốc", "Hữu"}
	genGiven    = []string{"Thăng", "Khôi", "Hùng", "Lan", "Mai", "Dũng", "Hải", "Phương", "Tuấn", "Hà"}
	genTitles   = []string{"Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh", "Trưởng ban Tổ chức Tỉnh ủy", "Chủ tịch HĐND tỉnh"}
	genPlaces   = []string{"Hải Dương", "Thái Bình", "Nam Định", "Hưng Yên", "Bắc Ninh"}
	genCounted  = []string{"chi bộ thôn", "tổ chức cơ sở đảng", "đảng viên", "người"}
)

// A genPage is a generated page and what it must give.
type genPage struct {
	headline string
	body     string // the page
}

// genArticle makes the i-th page, HTML or (asHTML false) scraped text.
func genArticle(r *rand.Rand, i int, asHTML bool) genPage {
	name := genSurnames[r.Intn(len(genSurnames))] + " " + genMiddles[r.Intn(len(genMiddles))] + " " + genGiven[r.Intn(len(genGiven))]
	title := genTitles[r.Intn(len(genTitles))]
	place := genPlaces[r.Intn(len(genPlaces))]
	day, month, year := 1+r.Intn(28), 1+r.Intn(12), 2015+r.Intn(10)
	n := 100 + r.Intn(9000)
	pct := fmt.Sprintf("%d,%d", 50+r.Intn(49), r.Intn(10))
	headline := fmt.Sprintf("%s tổng kết công tác xây dựng Đảng, kỳ %d", place, i)
	paras := []string{
		fmt.Sprintf("Sáng %d.%d.%d, đồng chí %s, %s, chủ trì hội nghị tổng kết công tác xây dựng Đảng.", day, month, year, name, title),
		fmt.Sprintf("Đến ngày 30.6.%d, toàn tỉnh có %d.%03d %s, đạt %s%%.", year, n/1000, n%1000, genCounted[r.Intn(len(genCounted))], pct),
		fmt.Sprintf("Theo Nghị quyết số %d-NQ/TW, các cấp ủy cần tập trung chỉ đạo phát triển đảng viên.", 1+r.Intn(60)),
	}
	var b strings.Builder
	if asHTML {
		fmt.Fprintf(&b, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s - Báo %s</title></head><body>\n", headline, place)
		b.WriteString("<nav><a href=\"/\">Trang chủ</a> <a href=\"/xa-hoi\">Xã hội</a></nav>\n")
		fmt.Fprintf(&b, "<article><h1>%s</h1>\n", headline)
		for _, p := range paras {
			fmt.Fprintf(&b, "<p>%s</p>\n", p)
		}
		b.WriteString("</article><footer>Bản quyền thuộc về Báo điện tử</footer></body></html>\n")
	} else {
		fmt.Fprintf(&b, "%s\n\n", headline)
		for _, p := range paras {
			fmt.Fprintf(&b, "%s\n", p)
		}
	}
	return genPage{headline: headline, body: b.String()}
}
