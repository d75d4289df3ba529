package extract

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// factsOf returns "kind value [unit] [person]" for the facts of the given
// kinds in text, read as published at ref.
func factsOf(t *testing.T, x *Extractor, text string, ref time.Time, kinds ...Kind) []string {
	t.Helper()
	facts, warnings := x.Rules().Facts("", []string{x.norm.String(text)}, ref)
	for _, w := range warnings {
		t.Errorf("%q: warning %v", text, w)
	}
	var out []string
	for _, f := range facts {
		for _, k := range kinds {
			if f.Kind == k {
				s := string(f.Kind) + " " + f.Value
				if f.Unit != "" {
					s += " [" + f.Unit + "]"
				}
				if f.Person != "" {
					s += " <" + f.Person + ">"
				}
				out = append(out, s)
			}
		}
	}
	return out
}

var ref2023 = time.Date(2023, 11, 2, 19, 20, 0, 0, vietnam)

// Hand-written sentences in other settings than the sample: other
// provinces, ministries, numbers and date forms.
func TestFactFamilies(t *testing.T) {
	x := newTestExtractor(t)
	tests := []struct {
		name  string
		kinds []Kind
		in    string
		want  []string
	}{
		// Dates.
		{"date weekday and time", []Kind{Date}, "Chiều thứ Năm (2/11), đoàn công tác đến Cần Thơ lúc 15h30.",
			[]string{"date 2023-11-02", "date 2023-11-02T15:30"}},
		{"date year rollover", []Kind{Date}, "Hội nghị sẽ khai mạc ngày 5/1 tới tại Hà Nội.",
			[]string{"date 2024-01-05"}},
		{"date quarter and months", []Kind{Date}, "Trong quý III/2023 và 9 tháng đầu năm, tỉnh thu ngân sách đạt kế hoạch.",
			[]string{"date 2023-07/2023-09", "date 2023-01/2023-09"}},
		{"date words", []Kind{Date}, "Quyết định có hiệu lực từ ngày 15 tháng 12 năm 2023.",
			[]string{"date 2023-12-15"}},
		{"date period of months", []Kind{Date}, "Từ tháng 1 đến tháng 10/2023, tỉnh thu hút 25 dự án đầu tư.",
			[]string{"date 2023-01/2023-10"}},
		{"date next year", []Kind{Date}, "Dự án dự kiến hoàn thành vào năm sau.",
			[]string{"date 2024"}},
		{"date coming years are no year", []Kind{Date}, "Tỉnh sẽ tiếp tục thu hút đầu tư trong những năm tới, và 5 năm sau sẽ đánh giá lại.", nil},
		{"date not a ratio", []Kind{Date}, "Có 7/10 xã đạt chuẩn nông thôn mới, còn 3/10 xã đang hoàn thiện hồ sơ.", nil},
		{"date relative", []Kind{Date}, "Hôm qua, mưa lớn kéo dài khiến nhiều tuyến đường ngập sâu.",
			[]string{"date 2023-11-01"}},
		// Indicators.
		{"indicator money", []Kind{Indicator}, "Tổng vốn đầu tư của dự án khoảng 2,5 tỷ đồng.",
			[]string{"indicator 2500000000 [đồng]"}},
		{"indicator percent with qualifier", []Kind{Indicator}, "Kim ngạch xuất khẩu tăng 12,5% so với cùng kỳ.",
			[]string{"indicator 12.5 [%]"}},
		{"indicator negative", []Kind{Indicator}, "Tăng trưởng GDP âm 10% trong quý, nhiệt độ xuống âm 5 độ C.",
			[]string{"indicator -10 [%]", "indicator -5 [độ]"}},
		{"indicator positions in a match are no counts", []Kind{Indicator}, "Ở vòng 31 Ngoại hạng Anh, Palmer ghi bàn ở phút 121 trận đấu và giúp đội lên hạng 1 nhé.", nil},
		{"indicator within a span of time", []Kind{Indicator}, "Đem bánh đi nướng trong vòng 8-10 phút, còn đội bóng dừng bước ở vòng 3.",
			[]string{"indicator 8-10 [phút]"}},
		{"indicator a grade and 'or more' are no counted things", []Kind{Indicator}, "Học sinh lớp 10 đạt điểm giỏi (từ 8 trở lên) chiếm 56%.",
			[]string{"indicator 56 [%]"}},
		{"indicator a year after a name is an edition", []Kind{Indicator}, "Tại MAMA 2024 ngày 2, Health 2000 cũng không có văn phòng, còn Hà Nội có 2000 người tham gia.",
			[]string{"indicator 2000 [người]"}},
		{"indicator area and people", []Kind{Indicator}, "Huyện có 1.250 ha lúa và 3.400 hộ dân bị ảnh hưởng.",
			[]string{"indicator 1250 [ha]", "indicator 3400 [hộ dân]"}},
		{"indicator unit of two words ends the sentence", []Kind{Indicator}, "Cơ quan điều tra đã khởi tố thêm 12 bị can.",
			[]string{"indicator 12 [bị can]"}},
		{"indicator part of a whole", []Kind{Indicator}, "Toàn huyện có 18 trong tổng số 25 xã đạt chuẩn nông thôn mới.",
			[]string{"indicator 18 [xã]", "indicator 25 [xã]"}},
		{"indicator noun before the total", []Kind{Indicator}, "Trong tuần, tỉnh ghi nhận thêm ca bệnh, nâng tổng số ca mắc sốt xuất huyết lên 1.520.",
			[]string{"indicator 1520 [ca mắc]"}},
		{"indicator no noun before the figure", []Kind{Indicator}, "Ủy ban quyết định nâng mức lương tối thiểu lên 4.960.", nil},
		{"indicator rank among a whole", []Kind{Indicator}, "Chỉ số PCI của tỉnh xếp thứ 12/63 tỉnh, thành phố.",
			[]string{"indicator 12/63 [tỉnh]"}},
		{"indicator not an ordinal", []Kind{Indicator}, "Đại hội lần thứ 13 của Đảng đã thành công tốt đẹp.", nil},
		{"indicator not a phone number", []Kind{Indicator}, "Mọi thông tin xin liên hệ số điện thoại 0236.3822.123.", nil},
		// Documents.
		{"document decree", []Kind{Document}, "Theo Nghị định số 15/2020/NĐ-CP, mức phạt có thể lên tới 100 triệu đồng.",
			[]string{"document 15/2020/NĐ-CP [Nghị định]"}},
		{"document directive bare", []Kind{Document}, "Các địa phương thực hiện nghiêm 16/CT-TTg của Thủ tướng.",
			[]string{"document 16/CT-TTg [Chỉ thị]"}},
		{"document law", []Kind{Document}, "Luật Đất đai năm 2024 có hiệu lực từ ngày 1/8/2024.",
			[]string{"document Luật Đất đai năm 2024 [Luật]"}},
		{"document resolution party", []Kind{Document}, "Tỉnh ủy ban hành Kế hoạch số 45-KH/TU để thực hiện Nghị quyết số 57-NQ/TW.",
			[]string{"document 45-KH/TU [Kế hoạch]", "document 57-NQ/TW [Nghị quyết]"}},
		{"document none", []Kind{Document}, "Nhiều nghị quyết đã được ban hành trong năm qua.", nil},
		// People and titles.
		{"people title before", []Kind{Person, Title}, "Chủ tịch UBND tỉnh Quảng Nam Lê Văn Dũng kiểm tra công trình.",
			[]string{"person Lê Văn Dũng", "title Chủ tịch UBND tỉnh Quảng Nam <Lê Văn Dũng>"}},
		{"people title after", []Kind{Person, Title}, "Ông Trần Văn Nam, Giám đốc Sở Y tế, cho biết đã cấp đủ thuốc.",
			[]string{"person Trần Văn Nam", "title Giám đốc Sở Y tế <Trần Văn Nam>"}},
		{"people rank", []Kind{Person, Title}, "Thượng tá Nguyễn Văn Hòa trao quà cho các gia đình chính sách.",
			[]string{"person Nguyễn Văn Hòa", "title Thượng tá <Nguyễn Văn Hòa>"}},
		{"people street is no person", []Kind{Person, Title}, "Cửa hàng nằm trên đường Nguyễn Văn Linh, quận 7.", nil},
		{"people school is no person", []Kind{Person, Title}, "Học sinh trường THPT Lê Quý Đôn đạt giải nhất.", nil},
		{"people list", []Kind{Person}, "Dự buổi làm việc có các đồng chí: Võ Văn Hưng, Phó Bí thư Tỉnh ủy; Đinh Thị Thu Hà, Phó Chủ tịch HĐND tỉnh.",
			[]string{"person Võ Văn Hưng", "person Đinh Thị Thu Hà"}},
		{"people foreign leader", []Kind{Person, Title}, "Thủ tướng Nhật Bản Shigeru Ishiba tuyên bố từ chức.",
			[]string{"person Shigeru Ishiba", "title Thủ tướng Nhật Bản <Shigeru Ishiba>"}},
		{"people two syllables after a title", []Kind{Person, Title}, "Tổng Bí thư Tô Lâm phát biểu chỉ đạo hội nghị.",
			[]string{"person Tô Lâm", "title Tổng Bí thư <Tô Lâm>"}},
		{"people two syllables after an organisation are a place", []Kind{Person, Title}, "Phó Chủ tịch UBND huyện Kim Thành cho biết đã di dời các hộ dân.", nil},
		{"people organisation carried on by a lower-case word", []Kind{Person, Title}, "Bí thư Đoàn Thanh niên trường phát biểu khai mạc.", nil},
		{"people place before a foreign name", []Kind{Person, Title}, "Tổng thống Hàn Quốc Lee Jae-myung tiếp đoàn đại biểu.",
			[]string{"person Lee Jae-myung", "title Tổng thống Hàn Quốc <Lee Jae-myung>"}},
		{"people hyphenated foreign given name", []Kind{Person, Title}, "Theo tác giả Kai-Fu Lee, trí tuệ nhân tạo sẽ thay đổi thị trường lao động.",
			[]string{"person Kai-Fu Lee"}},
		{"people title after a capitalised first word", []Kind{Person, Title}, "Theo Bộ trưởng Bộ Y tế Đào Hồng Lan, ngành y tế đã chuẩn bị kỹ.",
			[]string{"person Đào Hồng Lan", "title Bộ trưởng Bộ Y tế <Đào Hồng Lan>"}},
		{"people rank after a capitalised first word", []Kind{Person, Title}, "Với Phó Giáo sư Nguyễn Văn Bình, đây là cơ hội lớn.",
			[]string{"person Nguyễn Văn Bình", "title Phó Giáo sư <Nguyễn Văn Bình>"}},
		{"people rank before a word of address", []Kind{Person, Title}, "Tiến sĩ, bác sĩ Lê Văn Minh cho biết bệnh nhân đã qua cơn nguy kịch.",
			[]string{"person Lê Văn Minh", "title Tiến sĩ <Lê Văn Minh>"}},
		{"people Sino-Vietnamese name", []Kind{Person, Title}, "Chủ tịch Trung Quốc Tập Cận Bình sẽ thăm Việt Nam.",
			[]string{"person Tập Cận Bình", "title Chủ tịch Trung Quốc <Tập Cận Bình>"}},
		{"people brands are no people", []Kind{Person, Title}, "Người dùng có thể tải Google Maps và Apple Music miễn phí.", nil},
		// Foreign names without a title or word of address.
		{"people bare foreign names", []Kind{Person, Title}, "Từ quả tạt của Pedro Porro bên cánh phải, Nico Williams đánh đầu để Ferran Torres ghi bàn.",
			[]string{"person Pedro Porro", "person Nico Williams", "person Ferran Torres"}},
		{"people foreign name after a number", []Kind{Person, Title}, "Phút thứ 5, Lamine Yamal có cơ hội nhưng không thắng được Jordan Pickford.",
			[]string{"person Lamine Yamal", "person Jordan Pickford"}},
		{"people foreign name with particles", []Kind{Person, Title}, "Đoàn quân của huấn luyện viên Luis de la Fuente kiểm soát bóng, còn Virgil van Dijk đá chính.",
			[]string{"person Luis de la Fuente", "person Virgil van Dijk", "title huấn luyện viên <Luis de la Fuente>"}},
		{"people a particle before a given name is a word", []Kind{Person, Title}, "Bàn thắng của Ferran Torres do Pedro Porro kiến tạo.",
			[]string{"person Ferran Torres", "person Pedro Porro"}},
		{"people Korean name after an organisation", []Kind{Person, Title}, "Chủ tịch SK Hynix Chey Tae Won gặp HLV Park Hang-seo tại Seoul.",
			[]string{"person Chey Tae Won", "person Park Hang-seo", "title Chủ tịch SK Hynix <Chey Tae Won>", "title HLV <Park Hang-seo>"}},
		{"people Korean name before a verb", []Kind{Person, Title}, "Sau trận đấu, Son Heung-min cho biết cả đội đã cố gắng.",
			[]string{"person Son Heung-min"}},
		{"people venues and brands named after people", []Kind{Person, Title}, "Trận đấu diễn ra trên sân Santiago Bernabeu, khán giả mặc đồ thương hiệu Louis Vuitton.", nil},
		{"people a brand named after its founder", []Kind{Person, Title}, "Louis Vuitton và Christian Dior ra mắt bộ sưu tập mới.", nil},
		{"people fictional role", []Kind{Person, Title}, "Vai diễn Christian Grey giúp anh nổi tiếng.", nil},
		{"people clubs are no people", []Kind{Person, Title}, "Real Madrid và Manchester United hòa 1-1 tại Champions League.", nil},
		{"people Vietnamese words after a foreign name", []Kind{Person, Title}, "Lionel Messi du đấu tại Mỹ, còn Virgil di chuyển sang Anh.",
			[]string{"person Lionel Messi"}},
		{"people family names with a prefix", []Kind{Person, Title}, "Hạ nghị sĩ Kevin McCarthy và Thống đốc Florida Ron DeSantis cùng có mặt, còn Scott McTominay vắng.",
			[]string{"person Kevin McCarthy", "person Ron DeSantis", "person Scott McTominay", "title Hạ nghị sĩ <Kevin McCarthy>", "title Thống đốc Florida <Ron DeSantis>"}},
		{"people middle initial", []Kind{Person, Title}, "Tổng thống Donald J. Trump: Hồi kết. Sau đó Donald Trump rời đi.",
			[]string{"person Donald J. Trump", "title Tổng thống <Donald J. Trump>"}},
		{"people a captain is a title", []Kind{Person, Title}, "Dalot kiến tạo cho đội trưởng Bruno Fernandes ghi bàn.",
			[]string{"person Bruno Fernandes", "title Đội trưởng <Bruno Fernandes>"}},
		{"people a club after a word of address", []Kind{Person, Title}, "Nỗi thất vọng của cầu thủ Man Utd và các cầu thủ Real Madrid.", nil},
		{"people an ampersand inside a company's name", []Kind{Person, Title}, "Ông Võ Mạnh Cường, cựu Giám đốc công ty H&C, bị khởi tố.",
			[]string{"person Võ Mạnh Cường", "title cựu Giám đốc công ty H&C <Võ Mạnh Cường>"}},
		{"people Hồ after a title is a surname", []Kind{Person, Title}, "Các đoàn đến dâng hương Chủ tịch Hồ Chí Minh tại bảo tàng; Phó Thủ tướng Hồ Đức Phớc dự.",
			[]string{"person Hồ Chí Minh", "person Hồ Đức Phớc", "title Chủ tịch <Hồ Chí Minh>", "title Phó Thủ tướng <Hồ Đức Phớc>"}},
		{"people Hồ without a title is a lake", []Kind{Person, Title}, "Du khách dạo quanh Hồ Hoàn Kiếm vào buổi sáng.", nil},
		{"people deputy director of a department", []Kind{Person, Title}, "Ông Nguyễn Việt Hùng, nguyên Cục phó Quản lý Dược, bị bắt.",
			[]string{"person Nguyễn Việt Hùng", "title nguyên Cục phó Quản lý Dược <Nguyễn Việt Hùng>"}},
		{"people a player known by one name", []Kind{Person, Title}, "Bàn thắng của tiền đạo Endrick giúp Brazil thắng, sau huyền thoại Cafu.",
			[]string{"person Endrick", "person Cafu"}},
		{"people one word after a player's position that is no name", []Kind{Person, Title}, "Thủ thành Argentina cản phá, còn cầu thủ Hùng và tiền vệ Chelsea đứng nhìn.", nil},
		{"people a family name before a hyphenated given name", []Kind{Person, Title}, "Cựu Tổng thư ký Liên hợp quốc Ban Ki-moon gặp thành viên Big Bang G-Dragon.",
			[]string{"person Ban Ki-moon", "title cựu Tổng Thư ký Liên hợp quốc <Ban Ki-moon>"}},
		{"people a foreign name after an organisation with a lower-case word", []Kind{Person, Title}, "Chủ tịch Ủy ban châu Âu Ursula von der Leyen đã được mời.",
			[]string{"person Ursula von der Leyen", "title Chủ tịch Ủy ban châu Âu <Ursula von der Leyen>"}},
		{"people a Korean family name inside a place is the place", []Kind{Person, Title}, "Tổng giám đốc Công ty Bosch Việt Nam Guru Mallikarjuna cho biết.",
			[]string{"person Guru Mallikarjuna", "title Tổng Giám đốc Công ty Bosch Việt Nam <Guru Mallikarjuna>"}},
		{"people a foreign-looking word before Vietnamese words is a company", []Kind{Person, Title}, "Ông Giáp Văn Thanh, Tổng giám đốc Công ty Panel Phương Nam nhấn mạnh điều đó.",
			[]string{"person Giáp Văn Thanh", "title Tổng Giám đốc Công ty Panel Phương Nam <Giáp Văn Thanh>"}},
		{"people a foreign name cut short is the same person", []Kind{Person, Title}, "Ông Ahmed Bin Isa Al Khalifa trả lời báo chí. Với Ahmed Bin Isa, đó là kỷ niệm khó quên.",
			[]string{"person Ahmed Bin Isa Al Khalifa"}},
		{"people a foreign name after an organisation, before a comma", []Kind{Person, Title}, "Đối thủ là cựu Đại sứ Mỹ tại Liên hợp quốc Nikki Haley, người từng thắng.",
			[]string{"person Nikki Haley", "title cựu Đại sứ Mỹ tại Liên hợp quốc <Nikki Haley>"}},
		{"people a Vietnamese name ending an organisation before a comma", []Kind{Person, Title}, "Ông Lê Văn Lợi, Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh, phát biểu.",
			[]string{"person Lê Văn Lợi", "title Phó Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh <Lê Văn Lợi>"}},
		{"people 'không' inside an organisation's name", []Kind{Person, Title}, "Ông Đinh Việt Sơn, Phó cục trưởng Hàng không Việt Nam, thông tin nội dung trên.",
			[]string{"person Đinh Việt Sơn", "title Phó Cục trưởng Hàng không Việt Nam <Đinh Việt Sơn>"}},
		{"people an organisation credited for a photo is no person", []Kind{Person, Title}, "Bị can Phương Hoàng Kim. Ảnh: Bộ Công an", []string{"person Phương Hoàng Kim"}},
		{"people a school named after a person", []Kind{Person, Title}, "Thầy Huỳnh Thanh Phú, Hiệu trưởng trường THPT Bùi Thị Xuân, nhận định tương tự.",
			[]string{"person Huỳnh Thanh Phú", "title Hiệu trưởng trường THPT Bùi Thị Xuân <Huỳnh Thanh Phú>"}},
		{"people a list of schools introduced by 'như'", []Kind{Person, Title}, "Các trường trong top 10 như Gia Định, Nguyễn Thị Minh Khai, Nguyễn Hữu Huân đều lấy từ 23 điểm.", nil},
		{"people Vietnamese letters are no foreign name", []Kind{Person, Title}, "Cựu cầu thủ Tim Cahill đến Hà Nội, nơi Viện Tim Hà Nội khai trương.",
			[]string{"person Tim Cahill"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(t, x, tc.in, ref2023, tc.kinds...)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("Facts(%q):\n got  %q\n want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestMaxSentences: an article longer than Options.MaxSentences gets its
// facts from the first sentences and a warning.
func TestMaxSentences(t *testing.T) {
	opts := DefaultOptions()
	opts.MaxSentences = 3
	x, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	a := extractFile(t, x, "../testdata/sample/article.txt")
	found := false
	for _, w := range a.Warnings {
		found = found || errors.Is(w, ErrTooLong)
	}
	if !found {
		t.Errorf("no ErrTooLong warning: %v", a.Warnings)
	}
	for _, f := range a.Facts {
		if f.Kind == Document && f.Value == "40-KL/TW" {
			t.Errorf("a fact from past the limit: %s %s", f.Kind, f.Value)
		}
	}
}

// TestShortReference: "đồng chí Tuấn" later in the article is the person
// named in full before, not a new one.
func TestShortReference(t *testing.T) {
	x := newTestExtractor(t)
	paras := []string{
		"Đồng chí Phạm Văn Tuấn, Bí thư Huyện ủy Yên Mỹ, chủ trì buổi làm việc.",
		"Kết luận buổi làm việc, đồng chí Tuấn yêu cầu các xã đẩy nhanh tiến độ giải phóng mặt bằng.",
		"Ông Tuấn cũng đề nghị ngành điện hỗ trợ các hộ dân.",
	}
	facts, _ := x.Rules().Facts("", paras, ref2023)
	var people []string
	for _, f := range facts {
		if f.Kind == Person {
			people = append(people, f.Value)
		}
	}
	if strings.Join(people, "|") != "Phạm Văn Tuấn" {
		t.Errorf("people: got %q, want only Phạm Văn Tuấn", people)
	}
}

// TestIssueDate: the date right after a document number is its issuing
// date.
func TestIssueDate(t *testing.T) {
	x := newTestExtractor(t)
	for _, tc := range []struct{ in, want string }{
		{"Thực hiện Kết luận số 40-KL/TW, ngày 18.7.2022 của Bộ Chính trị.", "issued: 2022-07-18"},
		{"Theo Quyết định số 1989/QĐ-BGDĐT ban hành ngày 12/5/2023, các trường phải báo cáo.", "issued: 2023-05-12"},
		{"Nghị quyết số 18-NQ/TW được quán triệt từ ngày 1/3/2023.", ""},
	} {
		facts, _ := x.Rules().Facts("", []string{x.norm.String(tc.in)}, ref2023)
		for _, f := range facts {
			if f.Kind == Document && f.Detail != tc.want {
				t.Errorf("%q: document %s detail %q, want %q", tc.in, f.Value, f.Detail, tc.want)
			}
		}
	}
}
