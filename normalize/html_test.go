package normalize

import "testing"

func TestHTMLCharset(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"none", "<html><head><title>x</title></head>", ""},
		{"meta charset", `<html><head><meta charset="UTF-8">`, "utf-8"},
		{"meta charset unquoted", `<meta charset=windows-1258 />`, "windows-1258"},
		{"http-equiv", `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=x-viet-vni">`, "x-viet-vni"},
		{"http-equiv order", `<meta content='text/html;charset=TCVN3' http-equiv='content-type'>`, "tcvn3"},
		{"comment skipped", `<!-- <meta charset="koi8-r"> --><meta charset="utf-8">`, "utf-8"},
		{"xml", `<?xml version="1.0" encoding="ISO-8859-1"?><html>`, "iso-8859-1"},
		{"metadata tag", `<metadata charset="x"><meta name="a" content="b">`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := HTMLCharset([]byte(tc.in)); got != tc.want {
				t.Errorf("HTMLCharset(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestUnescapeEntities(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"none", "Hà Nội", "Hà Nội"},
		{"named", "Gi&aacute;o d&#7909;c v&agrave; &#x110;&agrave;o t&#7841;o", "Giáo dục và Đào tạo"},
		{"one pass", "&amp;agrave;", "&agrave;"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := UnescapeEntities(tc.in); got != tc.want {
				t.Errorf("UnescapeEntities(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
