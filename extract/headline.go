package extract

// This file reads what a page says about its article: the headline, the
// date line and the credits around it.

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnextract/vnextract/normalize"
)

// isOutlet reports whether a meta author names the outlet rather than a
// writer: the site's name, the credited source, or a paper ("Báo …").
func isOutlet(author, site, source string) bool {
	a := strings.ToLower(strings.TrimSpace(author))
	if a == "" {
		return true
	}
	for _, o := range [...]string{site, source} {
		if o != "" && strings.Contains(a, strings.ToLower(o)) {
			return true
		}
	}
	for _, p := range [...]string{"báo ", "tạp chí ", "đài ", "cổng thông tin", "trang thông tin"} {
		if strings.HasPrefix(a, p) {
			return true
		}
	}
	return strings.Contains(a, ".vn") || strings.Contains(a, ".com")
}

// pageMeta is what a page's head and JSON-LD say about the article.
type pageMeta struct {
	title, ogTitle, ldHeadline, siteName string
	published, author, url               string
	// metaPublished is article:published_time, which wins: JSON-LD is
	// hand-written more often and gets the zone wrong (cafebiz_2 says
	// +08:00 for a Hanoi time).
	metaPublished, ldPublished string
	ldAuthor                   string // JSON-LD's author, a person's name
}

// readMeta reads the meta tags, <title>, <time> and JSON-LD of a page.
func readMeta(root *html.Node) pageMeta {
	var m pageMeta
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if m.title == "" {
					m.title = nodeText(n)
				}
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				val := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:title":
					setOnce(&m.ogTitle, val)
				case "og:site_name":
					setOnce(&m.siteName, val)
				case "og:url":
					setOnce(&m.url, val)
				case "article:published_time":
					setOnce(&m.metaPublished, val)
				case "datepublished", "pubdate", "publishdate", "publish-date",
					"dc.date.issued", "dc.date", "og:published_time", "article:published", "date":
					setOnce(&m.published, val)
				case "author", "article:author", "dc.creator":
					if !strings.Contains(val, "://") {
						setOnce(&m.author, val)
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					setOnce(&m.url, attr(n, "href"))
				}
			case atom.Time:
				if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
					setOnce(&m.published, attr(n, "datetime"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					readJSONLD(nodeText(n), &m)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	m.published = firstNonEmpty(m.metaPublished, m.ldPublished, m.published)
	return m
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

// pickH1 returns the h1 that holds the headline: the one the page's title
// contains, else the longest of minHeadlineWords words or more.
func (x *Extractor) pickH1(root *html.Node, m pageMeta) *html.Node {
	var best *html.Node
	bestLen := 0
	titles := strings.ToLower(m.ogTitle + "\n" + m.title + "\n" + m.ldHeadline)
	var walk func(*html.Node) *html.Node
	walk = func(n *html.Node) *html.Node {
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			if isLogo(n) {
				return nil // "<h1 class="logo"><a href="/">Cổng thông tin …</a></h1>"
			}
			t := collapse(nodeText(n))
			if wordCount(t) >= minHeadlineWords {
				if strings.Contains(titles, strings.ToLower(t)) {
					return n
				}
				if len(t) > bestLen {
					best, bestLen = n, len(t)
				}
			}
			return nil
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if found := walk(c); found != nil {
				return found
			}
		}
		return nil
	}
	if n := walk(root); n != nil {
		return n
	}
	return best
}

// isLogo reports whether an h1 is the site's name rather than the
// article's headline: its class or id, or its link's, names a logo or a
// brand, or all its text is one link to the site's home page.
func isLogo(h1 *html.Node) bool {
	named := func(n *html.Node) bool {
		for _, w := range nameWords(attr(n, "class") + " " + attr(n, "id")) {
			switch w {
			case "logo", "brand", "sitename":
				return true
			}
		}
		return false
	}
	if named(h1) {
		return true
	}
	var link *html.Node
	for c := h1.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.DataAtom == atom.A && link == nil:
			link = c
		default:
			return false
		}
	}
	return link != nil && (named(link) || isHomeLink(attr(link, "href")))
}

// isHomeLink reports whether href leads to a site's home page: "/",
// "https://baohaiduong.vn/", "index.html".
func isHomeLink(href string) bool {
	href = strings.TrimSpace(href)
	if href == "" {
		return false // an anchor, not a link
	}
	if i := strings.Index(href, "://"); i >= 0 {
		rest := href[i+3:]
		j := strings.IndexByte(rest, '/')
		if j < 0 {
			return true
		}
		href = rest[j:]
	}
	switch strings.ToLower(strings.TrimPrefix(href, "/")) {
	case "", "index.html", "index.htm", "index.php", "trang-chu", "home":
		return true
	}
	return false
}

// headlineElement finds the headline of a page without an h1 (old mobile
// pages set it in <font size="+1"><b>): an emphasised element of
// minHeadlineWords to maxHeadlineWords words whose text the page title
// holds, else the first one followed closely by a date line.
func (x *Extractor) headlineElement(root *html.Node, m pageMeta) *html.Node {
	titles := strings.ToLower(m.ogTitle + "\n" + m.title + "\n" + m.ldHeadline)
	type text struct {
		node *html.Node
		s    string
	}
	var texts []text // text nodes in document order
	var cands []*html.Node
	first := map[*html.Node]int{} // candidate → index of its first text
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Head, atom.A:
				return
			}
			if emphasised(n) {
				if w := wordCount(nodeText(n)); w >= minHeadlineWords && w <= maxHeadlineWords {
					cands = append(cands, n)
					first[n] = len(texts)
				}
			}
		}
		if n.Type == html.TextNode {
			if t := collapse(n.Data); t != "" {
				texts = append(texts, text{n, t})
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	for _, c := range cands {
		if t := strings.ToLower(collapse(nodeText(c))); strings.Contains(titles, t) {
			return c
		}
	}
	for k, c := range cands {
		i := first[c]
		for i < len(texts) && contains(c, texts[i].node) {
			i++
		}
		// The date line belongs to the nearest heading before it: the
		// search stops at the next candidate's text, so that a sidebar's
		// "Thống kê truy cập" does not take the headline's date line.
		end := min(len(texts), i+dateLineSearch)
		for _, n := range cands[k+1:] {
			if first[n] >= i {
				end = min(end, first[n])
				break
			}
		}
		for j := i; j < end; j++ {
			if _, _, ok := x.rules.publishedIn(x.norm.String(texts[j].s)); ok {
				return c
			}
		}
	}
	return nil
}

// emphasised reports whether n is set off as a heading: h2–h4, bold, a
// larger font, or a class or id naming a title.
func emphasised(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.B, atom.Strong:
		return true
	case atom.Font:
		return strings.HasPrefix(attr(n, "size"), "+") || attr(n, "size") > "3"
	}
	for _, w := range nameWords(attr(n, "class") + " " + attr(n, "id")) {
		switch w {
		case "title", "tieude", "headline":
			return true
		}
	}
	return false
}

// headline returns the headline, normalised, and as the page has it: the
// h1's text, else the JSON-LD headline, else og:title or <title> without
// the site's name.
func (x *Extractor) headline(h1 *html.Node, m pageMeta) (string, string) {
	var h string
	switch {
	case h1 != nil:
		h = nodeText(h1)
	case m.ldHeadline != "":
		h = m.ldHeadline
	case m.ogTitle != "":
		h = stripSiteName(m.ogTitle, m.siteName)
	default:
		h = stripSiteName(m.title, m.siteName)
	}
	h = normalize.UnescapeEntities(h)
	return collapse(x.norm.String(h)), h
}

// stripSiteName removes the site's name from a page title: "Headline |
// Báo Hải Dương", "Headline - VnExpress". The part kept is the longest,
// when the others are short or name the site.
func stripSiteName(title, site string) string {
	title = strings.TrimSpace(title)
	for _, sep := range [...]string{" | ", " - ", " – ", " — ", " :: ", " » "} {
		parts := strings.Split(title, sep)
		if len(parts) < 2 {
			continue
		}
		longest := 0
		for i, p := range parts {
			if len(p) > len(parts[longest]) {
				longest = i
			}
			_ = i
		}
		rest := true
		for i, p := range parts {
			if i != longest && wordCount(p) > minHeadlineWords && !strings.EqualFold(strings.TrimSpace(p), site) {
				rest = false
			}
		}
		if rest {
			return strings.TrimSpace(parts[longest])
		}
	}
	return title
}

// around returns up to n blocks before and after the headline's block, in
// order of distance from it. With no headline, after is the first n blocks.
func around(all []*block, h1 *html.Node, n int) (before, after []*block) {
	at := -1
	if h1 != nil {
		for i, b := range all {
			if b.node != nil && contains(h1, b.node) {
				at = i
				break
			}
		}
	}
	for i := at - 1; i >= 0 && len(before) < n; i-- {
		before = append(before, all[i])
	}
	for i := at + 1; i < len(all) && len(after) < n; i++ {
		if h1 != nil && all[i].node != nil && contains(h1, all[i].node) {
			continue
		}
		after = append(after, all[i])
	}
	return before, after
}

// dateLine returns the article's date line: the first date line in the
// text after the headline, else one just before it carrying a time of day
// (mobile pages put "26/03/2014 | 00:01" above the headline; the page's own
// date bar sits further up and rarely has a time). A text is a text node,
// or the whole text of its element when that is short: "<span>Thứ
// Sáu</span> 12/08/2022 <b>17:14</b>".
func (x *Extractor) dateLine(h1 *html.Node) (string, bool) {
	if h1 == nil {
		return "", false
	}
	try := func(n *html.Node) (string, bool, bool) {
		// The text, its element's text, and its element's title: forums
		// show "14/12/12" and keep "14/12/12 at 16:18" in the title.
		for _, t := range [...]string{n.Data, nodeText(n.Parent), attr(n.Parent, "title")} {
			if len(t) > 4*maxDateLine {
				continue
			}
			t = collapse(x.norm.String(t))
			if _, dateOnly, ok := x.rules.publishedIn(t); ok {
				return t, dateOnly, true
			}
		}
		return "", false, false
	}
	for i, n := 0, nextText(h1, h1); n != nil && i < dateLineTexts; i, n = i+1, nextText(n, nil) {
		if t, _, ok := try(n); ok {
			return t, true
		}
	}
	for i, n := 0, prevText(h1); n != nil && i < dateLineTextsBefore; i, n = i+1, prevText(n) {
		if t, dateOnly, ok := try(n); ok && !dateOnly {
			return t, true
		}
	}
	return "", false
}

// nextText returns the first non-blank text node after n in document
// order, skipping what is inside skip (the headline itself), scripts and
// styles; nil at the end.
func nextText(n, skip *html.Node) *html.Node {
	for {
		switch {
		case n.FirstChild != nil && n != skip && !(n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style)):
			n = n.FirstChild
		default:
			for n.NextSibling == nil {
				if n = n.Parent; n == nil {
					return nil
				}
			}
			n = n.NextSibling
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" && !inScript(n) {
			return n
		}
	}
}

// prevText returns the last non-blank text node before n in document
// order, outside scripts and styles; nil at the start.
func prevText(n *html.Node) *html.Node {
	for {
		if n.PrevSibling != nil {
			n = n.PrevSibling
			for n.LastChild != nil {
				n = n.LastChild
			}
		} else if n = n.Parent; n == nil {
			return nil
		}
		if n.Type == html.TextNode && strings.TrimSpace(n.Data) != "" && !inScript(n) {
			return n
		}
	}
}

func inScript(n *html.Node) bool {
	p := n.Parent
	return p != nil && p.Type == html.ElementNode && (p.DataAtom == atom.Script || p.DataAtom == atom.Style || p.DataAtom == atom.Noscript)
}

// byline returns the author named in a block marked as a byline by its
// class or id ("author", "tacgia"), else in the first block after the
// headline when it reads as a byline ("Minh Hằng", "Long Trần - Theo Trí
// Thức Trẻ").
func (x *Extractor) byline(body *html.Node, all []*block, h1 *html.Node) (author, source string) {
	if c, ok := x.markedCredit(body, x.rules.Lexicon("byline_classes")); ok {
		return c.author, c.source
	}
	_, after := around(all, h1, 1)
	if h1 != nil && len(after) == 1 && utf8.RuneCountInString(x.text(after[0])) <= maxBylineLine {
		if c, ok := x.rules.credit(x.text(after[0])); ok {
			return c.author, c.source
		}
	}
	return "", ""
}

// markedCredit returns the credit in the first element below root whose
// class or id has a word of marks and whose short text reads as a credit.
func (x *Extractor) markedCredit(root *html.Node, marks *Lexicon) (credit, bool) {
	var found credit
	ok := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !ok; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if namedAs(c, marks) {
				// The element's text, else its title: a source link reads
				// "Theo tienphong.vn Copy link" but is titled "theo
				// tienphong.vn".
				// A byline may share its element with the date: "Đỗ Trung •
				// 07:12 ngày 24/03/2024"; each part is tried.
				text := collapse(x.norm.String(nodeText(c)))
				tries := append([]string{text, collapse(x.norm.String(attr(c, "title")))}, strings.FieldsFunc(text, isBylineSep)...)
				for _, t := range tries {
					if t = strings.TrimSpace(t); t != "" && utf8.RuneCountInString(t) <= maxBylineLine {
						if found, ok = x.rules.credit(t); ok {
							return
						}
					}
				}
			}
			walk(c)
		}
	}
	walk(root)
	return found, ok
}

func isBylineSep(r rune) bool { return r == '•' || r == '·' || r == '|' }

// trailingCredits returns the credit lines right after the body's last
// block that sit outside the body's element: a right-aligned "Lao Động"
// after "Theo Vân Anh".
func (x *Extractor) trailingCredits(all, body []*block) []*block {
	if len(body) == 0 {
		return nil
	}
	last := body[len(body)-1].node
	var out []*block
	for i, b := range all {
		if b.node != last {
			continue
		}
		for _, c := range all[i+1 : min(len(all), i+1+creditLines)] {
			if utf8.RuneCountInString(x.text(c)) > maxBylineLine {
				break
			}
			if _, ok := x.rules.credit(x.text(c)); !ok {
				break
			}
			out = append(out, c)
		}
		break
	}
	return out
}
