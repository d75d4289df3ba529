package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestChromeShareIgnoresScripts: an element whose class names furniture
// ("has-sidebar") is kept when it holds most of the page's text, and a
// page's inline scripts, however long, are no text in that share.
func TestChromeShareIgnoresScripts(t *testing.T) {
	var body strings.Builder
	for i := range 6 {
		fmt.Fprintf(&body, "<p>Đoạn %d: sáng nay, huyện tổ chức hội nghị tổng kết công tác năm với sự tham dự của đông đảo cán bộ, đảng viên và nhân dân địa phương.</p>\n", i+1)
	}
	script := "<script>var data = " + strings.Repeat(`{"id":12345,"title":"tin liên quan"},`, 4000) + "0;</script>"
	for _, tc := range []struct {
		name, scripts string
	}{
		{"no script", ""},
		{"long inline script", script},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := `<html><head><meta charset="utf-8"><title>Hội nghị tổng kết</title></head><body>` + tc.scripts +
				`<h1>Hội nghị tổng kết công tác năm</h1><div class="layout has-sidebar">` + body.String() +
				`</div><div class="sidebar"><a href="/a">Tin khác</a></div>` + tc.scripts + `</body></html>`
			a, err := newTestExtractor(t).FromHTML(strings.NewReader(page), "page.html")
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Paragraphs) != 6 {
				t.Errorf("got %d paragraphs, want 6: %q", len(a.Paragraphs), a.Paragraphs)
			}
		})
	}
}
