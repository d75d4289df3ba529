package extract

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// TestDateLine: the publish time read from the visible date line under
// the headline, in the forms Vietnamese sites print it, when the page has
// no meta tag or JSON-LD for it.
func TestDateLine(t *testing.T) {
	want := "2022-08-12T17:14:00+07:00"
	lines := []string{
		"Thứ Sáu, 12/08/2022 - 17:14",
		"12/08/2022 17:14 GMT+7",
		"Cập nhật: 17:14 | 12/08/2022",
		"Thứ sáu, ngày 12/8/2022 17:14 (GMT+7)",
		"12-08-2022 - 17:14:00",
		"Đăng lúc 17h14 ngày 12/8/2022",
		"12/8/2022, 17:14 (GMT+07:00)",
		"2022-08-12 17:14",
		"Thứ Sáu, 12 tháng 8, 2022 17:14",
		"Thứ Sáu, 12/8/2022 | 05:14 PM",
	}
	x := newTestExtractor(t)
	for _, line := range lines {
		page := `<html><head><meta charset="utf-8"></head><body><div class="menu"><a href="/">Trang chủ</a></div>` +
			`<h1>Hội nghị tổng kết công tác năm của huyện</h1><div class="date">` + line + `</div>` +
			`<p>Sáng nay, huyện tổ chức hội nghị tổng kết công tác năm với sự tham dự của đông đảo cán bộ, đảng viên và nhân dân.</p>` +
			`<p>Hội nghị đánh giá kết quả thực hiện nhiệm vụ chính trị năm qua và đề ra phương hướng cho năm tới.</p></body></html>`
		a, err := x.FromHTML(strings.NewReader(page), "page.html")
		if err != nil {
			t.Errorf("%q: %v", line, err)
			continue
		}
		if got := a.Published.Format(time.RFC3339); got != want {
			t.Errorf("date line %q: published %s, want %s", line, got, want)
		}
	}
}

// TestHandmadePages reads the pages of testdata/handmade, which imitate
// layouts the real pages lack (see its README.md).
func TestHandmadePages(t *testing.T) {
	tests := []struct {
		file, headline, published string
		paragraphs                int
		drop                      []string // must not be in the text
	}{
		{"portal_table_layout.html", "UBND tỉnh triển khai kế hoạch phát triển kinh tế - xã hội năm 2024", "2024-01-15T00:00:00+07:00", 4,
			[]string{"Thống kê truy cập", "Liên kết website", "Các tin khác", "Sở Nội vụ", "Bản quyền", "Lượt xem"}},
		{"logo_h1.html", "Hải Dương khởi công cầu Hàn mới", "2024-03-10T08:30:00+07:00", 2,
			[]string{"Cổng thông tin"}},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("..", "testdata", "handmade", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			a, err := x.FromHTML(f, tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if a.Headline != tc.headline {
				t.Errorf("headline %q, want %q", a.Headline, tc.headline)
			}
			if got := a.Published.Format(time.RFC3339); got != tc.published {
				t.Errorf("published %s, want %s", got, tc.published)
			}
			if len(a.Paragraphs) != tc.paragraphs {
				t.Errorf("%d paragraphs, want %d: %q", len(a.Paragraphs), tc.paragraphs, a.Paragraphs)
			}
			checkKeepDrop(t, a, nil, tc.drop)
		})
	}
}

// TestHandmadeText reads the text articles of testdata/handmade.
func TestHandmadeText(t *testing.T) {
	tests := []struct {
		file, headline, published, author string
		paragraphs                        int      // -1: not checked
		keep, drop                        []string // must, must not be in the text
	}{
		{"menu_before_headline.txt", "Sở Y tế tổng kết công tác năm 2023", "2024-01-16T10:30:00+07:00", "Minh Anh", 3, nil,
			[]string{"Trang chủ", "Thời sự", "Lượt xem", "Chia sẻ", "Từ khóa", "Bình luận", "Tết Nguyên đán", "Bản quyền"}},
		{"widgets_before_body.txt", "Nghệ An thu ngân sách vượt dự toán năm 2023", "2024-01-03T15:20:00+07:00", "", 2,
			[]string{"vượt 12% dự toán.", "đạt 2.700 tỷ đồng."},
			[]string{"Facebook", "Zalo", "Twitter", "Đánh giá bài viết", "Gửi ý kiến", "TIN LIÊN QUAN", "8 triệu lượt khách", "Bản quyền"}},
		{"date_above_headline.txt", "Bình Định: Xuất khẩu thủy sản tăng mạnh", "2024-03-17T15:45:00+07:00", "", 1,
			[]string{"25,6 triệu USD."}, []string{"Kinh tế", "15:45", "Nguồn"}},
	}
	x := newTestExtractor(t)
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "testdata", "handmade", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := x.FromText(bytes.NewReader(b), tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if a.Headline != tc.headline {
				t.Errorf("headline %q, want %q", a.Headline, tc.headline)
			}
			if got := a.Published.Format(time.RFC3339); got != tc.published {
				t.Errorf("published %s, want %s", got, tc.published)
			}
			if a.Author != tc.author {
				t.Errorf("author %q, want %q", a.Author, tc.author)
			}
			if tc.paragraphs >= 0 && len(a.Paragraphs) != tc.paragraphs {
				t.Errorf("%d paragraphs, want %d: %q", len(a.Paragraphs), tc.paragraphs, a.Paragraphs)
			}
			checkKeepDrop(t, a, tc.keep, tc.drop)
		})
	}
}

func TestOnlyShareButtons(t *testing.T) {
	rs := newTestExtractor(t).Rules()
	tests := []struct {
		line string
		want bool
	}{
		{"Facebook", true},
		{"Facebook Zalo Twitter", true},
		{"Zalo | Email", true},
		{"facebook", true},
		{"Facebook bị phạt 5 tỷ đồng", false},
		{"Zalo Pay", false},
		{"", false},
		{"|", false},
	}
	for _, tc := range tests {
		if got := rs.onlyShareButtons(tc.line); got != tc.want {
			t.Errorf("onlyShareButtons(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestIsHomeLink(t *testing.T) {
	tests := []struct {
		href string
		want bool
	}{
		{"/", true},
		{"", false},
		{"https://baohaiduong.vn", true},
		{"https://baohaiduong.vn/", true},
		{"/index.html", true},
		{"/trang-chu", true},
		{"https://baohaiduong.vn/chinh-tri/tin-1.html", false},
		{"/tin-tuc", false},
	}
	for _, tc := range tests {
		if got := isHomeLink(tc.href); got != tc.want {
			t.Errorf("isHomeLink(%q) = %v, want %v", tc.href, got, tc.want)
		}
	}
}

// checkKeepDrop reports each snippet of keep that the article's headline
// and paragraphs lack, and each snippet of drop that they hold.
func checkKeepDrop(t *testing.T, a *Article, keep, drop []string) {
	t.Helper()
	text := a.Headline + "\n" + strings.Join(a.Paragraphs, "\n")
	for _, k := range keep {
		if !strings.Contains(text, k) {
			t.Errorf("text lost %q", k)
		}
	}
	for _, d := range drop {
		if strings.Contains(text, d) {
			t.Errorf("text holds chrome %q", d)
		}
	}
}

// TestScriptDateLine: a date line written by a script next to the
// headline is the publish time; one a script writes elsewhere (a date
// bar) is not.
func TestScriptDateLine(t *testing.T) {
	x := newTestExtractor(t)
	page := func(top, article string) string {
		return `<html><head><meta charset="utf-8"></head><body>` + top +
			`<div class="detail"><div class="topDetail"><span id="pDateTime"></span></div><h1>Hoa hậu gây sốc</h1>` +
			`<p>Leila Lopes gây thất vọng với vẻ ngoài khi cô xuất hiện trong đêm chung kết, nhiều người không nhận ra cô.</p>` +
			`<p>Hình ảnh mới của Leila rất khác so với những đêm trước đó, mái tóc ngắn không hợp với cô.</p>` + article + `</div></body></html>`
	}
	tests := []struct {
		name, top, article, want string
	}{
		{"innerHTML next to the headline", "",
			`<script>document.getElementById("pDateTime").innerHTML="Th&#7913; n&#259;m, 20/12/2012, 16:10 GMT+7";</script>`, "2012-12-20T16:10:00+07:00"},
		{"document.write next to the headline", "",
			`<script type="text/javascript">document.write('Thứ năm, 20/12/2012, 16:10');</script>`, "2012-12-20T16:10:00+07:00"},
		{"a date bar written far from the headline", `<div class="header"><div><div><script>document.write("Thứ Bảy, 28/11/2026");</script></div></div></div>`, "", ""},
		{"a script with no date", "", `<script>var s = 'it\'s "20/12"'; document.write("<b>Quảng cáo</b>");</script>`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := x.FromHTML(strings.NewReader(page(tc.top, tc.article)), "p.html")
			if err != nil {
				t.Fatal(err)
			}
			if got := a.PublishedValue(); got != tc.want {
				t.Errorf("published %q, want %q", got, tc.want)
			}
		})
	}
}

// TestDataAuthor: the article container's data-author names the author
// (a forum thread's first post), before any byline found elsewhere on the
// page (a reply's).
func TestDataAuthor(t *testing.T) {
	x := newTestExtractor(t)
	page := `<html><head><meta charset="utf-8"></head><body><h1>Chuyện giữa 2 người trên Facebook</h1><ol>` +
		`<li class="message firstPost" data-author="cuLong"><blockquote class="messageText">` +
		`<p>Facebook vừa ra mắt tính năng mới cho phép xem quan hệ giữa hai người bạn, gồm ảnh chung, bài viết chung và sự kiện chung.</p>` +
		`<p>Để dùng tính năng này, bạn chỉ cần gõ đường dẫn theo mẫu rồi thay tên của hai người vào cuối đường dẫn đó.</p>` +
		`</blockquote></li><li class="message" data-author="Bgfamily"><a class="username author">Bgfamily</a><blockquote>Hay quá.</blockquote></li></ol></body></html>`
	for _, tc := range []struct{ name, page, want string }{
		{"data-author", page, "cuLong"},
		{"an attribute that is no name", strings.ReplaceAll(page, `data-author="cuLong"`, `data-author="{{author}}"`), "Bgfamily"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := x.FromHTML(strings.NewReader(tc.page), "p.html")
			if err != nil {
				t.Fatal(err)
			}
			if a.Author != tc.want {
				t.Errorf("author %q, want %q", a.Author, tc.want)
			}
		})
	}
}
