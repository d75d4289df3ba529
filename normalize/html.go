package normalize

import (
	"bytes"
	"html"
	"strings"
)

// charsetScanLimit is how many leading bytes HTMLCharset reads. The
// WHATWG prescan reads 1024; Vietnamese portals often put <meta charset>
// after long <script> blocks, so we read four times as far.
const charsetScanLimit = 4096

// HTMLCharset returns the charset label declared in the first 4096 bytes
// of an HTML (or XML) document — <meta charset=…>, <meta
// http-equiv="Content-Type" content="…; charset=…"> or <?xml
// encoding="…"?> — lower-cased and trimmed, or "" if there is none. The
// label is returned as written; Decode accepts it as its hint. Comments
// are skipped.
func HTMLCharset(b []byte) string {
	if len(b) > charsetScanLimit {
		b = b[:charsetScanLimit]
	}
	if bytes.HasPrefix(b, []byte("<?xml")) {
		if end := bytes.Index(b, []byte("?>")); end > 0 {
			if v := attr(b[5:end], "encoding"); v != "" {
				return v
			}
		}
	}
	for i := 0; i < len(b); {
		lt := bytes.IndexByte(b[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		if bytes.HasPrefix(b[i:], []byte("<!--")) {
			end := bytes.Index(b[i+4:], []byte("-->"))
			if end < 0 {
				break
			}
			i += 4 + end + 3
			continue
		}
		if i+6 <= len(b) && strings.EqualFold(string(b[i+1:i+5]), "meta") && isSpace(b[i+5]) {
			tag := b[i+5:]
			if gt := bytes.IndexByte(tag, '>'); gt >= 0 {
				tag = tag[:gt]
			}
			if v := attr(tag, "charset"); v != "" {
				return v
			}
			if strings.EqualFold(attr(tag, "http-equiv"), "content-type") {
				if v := contentCharset(attr(tag, "content")); v != "" {
					return v
				}
			}
		}
		i++
	}
	return ""
}

// attr returns the lower-cased, trimmed value of attribute name in the
// attribute list of a tag, or "".
func attr(tag []byte, name string) string {
	for i := 0; i < len(tag); {
		for i < len(tag) && (isSpace(tag[i]) || tag[i] == '/') {
			i++
		}
		start := i
		for i < len(tag) && !isSpace(tag[i]) && tag[i] != '=' && tag[i] != '/' {
			i++
		}
		key := tag[start:i]
		for i < len(tag) && isSpace(tag[i]) {
			i++
		}
		var val []byte
		if i < len(tag) && tag[i] == '=' {
			i++
			for i < len(tag) && isSpace(tag[i]) {
				i++
			}
			if i < len(tag) && (tag[i] == '"' || tag[i] == '\'') {
				q := tag[i]
				i++
				end := bytes.IndexByte(tag[i:], q)
				if end < 0 {
					end = len(tag) - i
				}
				val = tag[i : i+end]
				i += end + 1
			} else {
				start := i
				for i < len(tag) && !isSpace(tag[i]) {
					i++
				}
				val = tag[start:i]
			}
		}
		if len(key) == 0 && len(val) == 0 {
			i++
			continue
		}
		if strings.EqualFold(string(key), name) {
			return strings.ToLower(strings.TrimSpace(string(val)))
		}
	}
	return ""
}

// contentCharset extracts the charset parameter of a Content-Type value.
func contentCharset(content string) string {
	i := strings.Index(content, "charset")
	if i < 0 {
		return ""
	}
	v := strings.TrimLeft(content[i+len("charset"):], " \t")
	if !strings.HasPrefix(v, "=") {
		return ""
	}
	v = strings.Trim(strings.TrimSpace(v[1:]), `"'`)
	if j := strings.IndexAny(v, "; \t\"'"); j >= 0 {
		v = v[:j]
	}
	return v
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// UnescapeEntities decodes HTML character references in s: named (HTML5,
// including &Dstrok; → Đ), decimal (&#7879;) and hexadecimal (&#x1EC7;).
// It makes one pass, so "&amp;agrave;" becomes "&agrave;". Apply it only
// to text that came from markup, before String: a reference can produce
// a combining mark (N&ocirc;&#803;i) that String then composes.
func UnescapeEntities(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	return html.UnescapeString(s)
}
