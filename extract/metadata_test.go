package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func docOf(text string) DocResult { return Default().Document(Document{Text: text}) }

func TestController(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"This policy is issued by Hangzhou Example Software Co., Ltd. (hereinafter referred to as \"Example\").", "Hangzhou Example Software Co., Ltd."},
		{"The service is run by Acme Widgets Inc. and its affiliates (\"Acme\", \"we\").", "Acme Widgets Inc."},
		{"Please contact Foo Bar LLC for help.", "Foo Bar LLC"},
		{"Datenschutz: Beispiel Daten GmbH, Berlin.", "Beispiel Daten GmbH"},
		{"We share data with Cloud Partner Limited.\nThis app is provided by Tiny Apps Limited (“we” or “us”).", "Tiny Apps Limited"},
		{"Shenzhen Sample (Guangdong) Technology CO.,LTD collects data.", "Shenzhen Sample (Guangdong) Technology CO.,LTD"},
		{"The Example Group Corporation (hereinafter \"we\") respects you.", "Example Group Corporation"},
		{"We are a limited liability company.", ""},
		{"© 2019 Gadget Works Inc. All rights reserved.", "Gadget Works Inc."},
		{"We use AdMob (AdMob Google Inc.) for ads. Lumen Apps LLC publishes this app.", "Lumen Apps LLC"},
		{"NOTHING HEREIN SHALL BE LIMITED.", ""},
		{"This policy explains how we, Creative Example O.U, a company organized under the laws of Estonia, collect data.", "Creative Example O.U"},
		// Chinese names: read back from the legal form to a break character.
		{"本应用由北京小米移动软件有限公司及其关联公司（以下简称“小米”或“我们”）开发。", "北京小米移动软件有限公司"},
		{"示例科技有限公司（以下简称“我们”）深知个人信息的重要性。", "示例科技有限公司"},
		{"我们使用友盟同欣（北京）科技有限公司提供的统计服务。", ""}, // Umeng's: a registry SDK, a third party
		{"本服务由示例同欣（北京）科技有限公司提供。", "示例同欣（北京）科技有限公司"},
		{"我们使用深圳市腾讯计算机系统有限公司的服务。本应用由杭州示例网络有限公司运营。", "杭州示例网络有限公司"},
		{"有限公司", ""},
		{"本服务由广州为乐科技有限公司提供。", "广州为乐科技有限公司"}, // 为 inside a name
		{"本政策适用于北京星河科技有限公司的产品。", "北京星河科技有限公司"},
		{"本应用的运营者为用友网络科技股份有限公司。", "用友网络科技股份有限公司"},
		{"No company here at all.", ""},
		// A comma before the legal form belongs to the name.
		{"This site is run by Example.net, Inc. in Ohio.", "Example.net, Inc."},
		// A short name in quotes is an alias; an all-capitals name starts
		// at the word its alias repeats.
		{"THIS POLICY SAYS WHAT WE COLLECT AND HOW ORBIT LABS, LLC (\"Orbit\") USES IT.", "ORBIT LABS, LLC"},
		// A dotted legal form may be written in lower case.
		{"Kite is a trademark of Vetrnica d.o.o., a company registered in Slovenia.", "Vetrnica d.o.o."},
		// A registry organisation is a third party, unless "we" follow it.
		{"Ads are served by Google Inc. (\"Google\") and by partners.", ""},
		{"Ads are served by Google Inc. and by partners. Quiet Owl LLC makes this app.", "Quiet Owl LLC"},
		{"Google LLC (\"Google\", \"we\") built this service.", "Google LLC"},
		// The alias may come later in the sentence.
		{"This notice covers Harbor Games Inc. and the companies it controls (together, \"Harbor\" or \"we\"). We also work with Big Partner Corporation.", "Harbor Games Inc."},
		// Without a legal form, a name followed by a "we" alias.
		{"Paper Boat. (\"Paper Boat\" or \"we\") respects your privacy.", "Paper Boat"},
		{"Nimbus Weather (hereinafter \"Nimbus\") explains its practices.", "Nimbus Weather"},
		{"The Company (\"we\", \"us\") explains its practices.", ""},
		// "Private Limited" is one legal form; a comma may sit inside the
		// alias's quotes.
		{"Beta Commerce Private Limited runs this site.", "Beta Commerce Private Limited"},
		{"Gamma Games Studio (\u201cwe,\u201d \u201cus,\u201d or \u201cour\u201d) cares.", "Gamma Games Studio"},
		// "About" opens a footer link, not a name; only a four-digit year is
		// dropped from the front of one.
		{"About Zeta Labs Inc. | Careers", "Zeta Labs Inc."},
		{"Copyright 2019 42 Apps Inc. All rights reserved.", "42 Apps Inc."},
		// A camel-cased brand is part of the name.
		{"This service is run by iWidget Labs Inc. in Texas.", "iWidget Labs Inc."},
	} {
		if got := docOf(tc.text).Controller; got != tc.want {
			t.Errorf("controller of %q = %q, want %q", tc.text, got, tc.want)
		}
	}
	// A registry organisation the title names is the policy's own.
	doc := Document{Title: "Google Privacy Policy", Text: "Google Inc. offers services that use ads."}
	if got := Default().Document(doc).Controller; got != "Google Inc." {
		t.Errorf("controller of %q titled %q = %q, want Google Inc.", doc.Text, doc.Title, got)
	}
}

func TestProductPageTitle(t *testing.T) {
	for _, tc := range []struct{ title, page, want string }{
		{"Privacy Policy", "Phi Weather - Privacy Policy", "Phi Weather"},
		{"Privacy Policy", "Chi Games ~ Privacy Policy", "Chi Games"},
		{"Psi Chat Privacy Policy", "Home - Omega Inc.", "Psi Chat"},
		{"Privacy Policy", "Home", ""},
		// Shorter title phrases in the page title only.
		{"Privacy Policy", "Iota Music - Privacy", "Iota Music"},
		{"Privacy Policy", "Privacy » kappa", ""}, // lower case: no name
		{"Privacy Policy", "Privacy - Lambda Films", "Lambda Films"},
		{"Privacy Policy", "Respecting Privacy", ""},
		{"Privacy Policy", "Health Privacy - Acme", ""},
		{"Privacy Policy", "Acme: Health Privacy", ""},
	} {
		got := Default().Document(Document{Text: "We care about your privacy.", Title: tc.title, PageTitle: tc.page}).Product
		if got != tc.want {
			t.Errorf("product (title %q, page title %q) = %q, want %q", tc.title, tc.page, got, tc.want)
		}
	}
}

func TestProduct(t *testing.T) {
	for _, tc := range []struct{ text, title, want string }{
		{"Foobar Privacy Policy\n\nWe care.", "", "Foobar"},
		{"萌宝孕育隐私保护指引\n本指引生效日期：2023.11.20", "", "萌宝孕育"},
		{"讯知头条用户隐私政策\n\n更新日期：2024年7月1日", "", "讯知头条"},
		{"《心语》个人信息保护政策\n\n正文。", "", "心语"},
		{"木鱼学堂儿童个人信息保护政策\n\n正文。", "", "木鱼学堂"},
		{"正文。\nSDK名称|第三方主体|用途|收集的个人信息|隐私政策\n", "", ""},                                  // a table header
		{"Shared with the web\nZeta Notes App Privacy Notice\nText.", "", "Zeta Notes"}, // "App" is no part of the name
		{"Body.", "Eta Cards Mobile Application Privacy Policy", "Eta Cards"},
		{"Body.", "Theta Games Privacy Policy", "Theta Games"},
		{"Privacy Policy of Quux Cloud\n\nText.", "", "Quux Cloud"},
		{"Body text only.", "Omega Privacy Statement", "Omega"},
		{"Privacy Policy\n\nText.", "", ""},
		{"Privacy agreement\n", "", ""},
		{"Home / Legal / Kappa Maps Privacy Policy\n", "", "Kappa Maps"},
		{"Changes to our Privacy Policy\n", "", ""},
		{"Mobile Application Privacy Policy\n", "", ""},
		{"Lambda's Privacy Policy\n", "", "Lambda"},
		{"Body.", "Mu Dating Privacy Policy - Find Someone Today", "Mu Dating"},
		{"Body.", "NU CHAT – PRIVACY POLICY", "NU CHAT"},
		{"Body.", "Privacy Policy : Xi Coupons", "Xi Coupons"},
		{"Body.", "Privacy Policy | Omicron Games", "Omicron Games"},
		{"Body.", "Privacy Policy - Pi Torrent - Sharing Made Simple", "Pi Torrent"},
		{"Body.", "Privacy Policy | We care about your data | Sigma", "Sigma"},
		{"Body.", "Privacy policy - Company - Upsilon | Maps for everyone", "Upsilon"},
		{"Body.", "Privacy Policy Archive (Previous Versions)", ""},
		{"Body.", "Privacy Policy - Effective May 3, 2016", ""},
		{"Body.", "Terms of Use Notice / Privacy Policy - Privacy Policy", ""},
		// A generic title before the phrase: the site's name after it.
		{"Body.", "Customer Data Privacy Policy | Rho Airways", "Rho Airways"},
		{"Body.", "Privacy Policy | Your data", ""},
		{"隐私政策 | 关于我们 | 联系客服\n\n正文。", "", ""}, // a site's menu
		{"隐私政策 | 首页\n\n正文。", "", ""},
		// A company's name is no product.
		{"Body.", "Sigma Apps, LLC (\"Sigma\") Privacy Policy", ""},
		{"Body.", "Tau Software Limited Privacy Policy", ""},
	} {
		got := Default().Document(Document{Text: tc.text, Title: tc.title}).Product
		if got != tc.want {
			t.Errorf("product of %q (title %q) = %q, want %q", tc.text, tc.title, got, tc.want)
		}
	}
}

func TestDates(t *testing.T) {
	for _, tc := range []struct{ text, updated, effective string }{
		{"Our policy was updated on October 22, 2020.", "2020-10-22", ""},
		{"Last updated: 2021-03-05\nEffective date: 2021-03-12", "2021-03-05", "2021-03-12"},
		{"This version takes effect on 5 March 2021 and was revised on 1st March 2021.", "2021-03-01", "2021-03-05"},
		{"更新日期：2021年3月5日\n生效日期：2021年3月15日", "2021-03-05", "2021-03-15"},
		{"晴天隐私政策\n最近更新：2024年11月5日", "2024-11-05", ""},
		{"本政策更新日期为2024年10月8日，自2024年10月15日起生效。", "2024-10-08", "2024-10-15"}, // a cue after the date
		{"本政策于2024年10月15日正式生效。", "", "2024-10-15"},
		{"晴天隐私政策\n更新日期：2024年5月1日\n\n我们依据2021年11月1日起施行的《个人信息保护法》制定本政策。", "2024-05-01", ""}, // a law's date
		{"更新日期：2024年5月1日生效日期：2024年5月8日", "2024-05-01", "2024-05-08"},
		{"修订日期：2024年12月3日\n生效日期：2024年12月10日", "2024-12-03", "2024-12-10"}, // 修订 "revised"
		{"本隐私权政策自2024年10月15日起生效并实施。", "", "2024-10-15"},
		{"星辰隐私保护指引于2024年10月15日正式生效。", "", "2024-10-15"},
		{"Updated automatically every 5 minutes", "", ""},
		{"Effective as of Sept. 9, 2019.", "", "2019-09-09"},
		{"Updated on February 30, 2021.", "", ""},              // no such day
		{"We were founded on May 4, 2010 in Beijing.", "", ""}, // no cue
		{"Privacy Policy\n2022/01/31\n\nText.", "2022-01-31", ""},
		// More cues, and dates given to the month only.
		{"Latest update: June 2, 2019", "2019-06-02", ""},
		{"Date of last revision: 7 July 2018. Valid since 1 August 2018.", "2018-07-07", "2018-08-01"},
		{"Amended January 3, 2017.", "2017-01-03", ""},
		{"Revised and Effective: October 1, 2016", "2016-10-01", "2016-10-01"},
		{"Privacy Policy Released on Jun 22, 2016", "2016-06-22", ""},
		{"We last changed this policy on October 15th, 2015.", "2015-10-15", ""},
		{"This policy was adopted as of August 17, 2015.", "", "2015-08-17"},
		{"Last updated on March 2017", "2017-03", ""},
		{"(Last updated: Sept. 2016)", "2016-09", ""},
		{"Applicable from: 1 March 2016", "", "2016-03-01"},
		{"This policy is in effect as of January 5, 2018.", "", "2018-01-05"},
		// A numeric date is read only when its day cannot be a month.
		{"Last update: 5/22/2016", "2016-05-22", ""},
		{"Last update: 22.05.2016", "2016-05-22", ""},
		{"Last update: 3/4/2016", "", ""},
		{"This privacy policy was last updated on 27-08-2016.", "2016-08-27", ""},
		{"개인정보처리방침 시행일: 2017년 2월 15일", "", "2017-02-15"},
	} {
		r := docOf(tc.text)
		if r.Updated != tc.updated || r.Effective != tc.effective {
			t.Errorf("%q: updated %q effective %q, want %q %q", tc.text, r.Updated, r.Effective, tc.updated, tc.effective)
		}
	}
}

func TestContacts(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []Contact
	}{{
		text: "Questions? Email: Privacy@Example.com or privacy@example.com.",
		want: []Contact{{Kind: ContactEmail, Value: "Privacy@Example.com", Start: 18, End: 37}},
	}, {
		text: "Please contact us by visiting https://help.example.com/privacy.\nOur logo is at https://cdn.example.com/logo.png.",
		want: []Contact{{Kind: ContactURL, Value: "https://help.example.com/privacy", Start: 30, End: 62}},
	}, {
		text: "Tel: +86 (10) 5555-1234\nCustomer service hotline: 400 123 4567.",
		want: []Contact{
			{Kind: ContactPhone, Value: "+86 (10) 5555-1234", Start: 5, End: 23},
			{Kind: ContactPhone, Value: "400 123 4567", Start: 50, End: 62},
		},
	}, {
		text: "Write to privacy@example.org.Thanks for reading.",
		want: []Contact{{Kind: ContactEmail, Value: "privacy@example.org", Start: 9, End: 28}},
	}, {
		text: "Phone: call us\n",
		want: nil,
	}, {
		text: "We collect your email address when you:\n\nCreate an account, sign in, or post\n\nAddress: see our website\n",
		want: nil,
	}, {
		text: "Registered address: 12 Sample Road, Haidian District, Beijing.\n",
		want: []Contact{{Kind: ContactAddress, Value: "12 Sample Road, Haidian District, Beijing", Start: 20, End: 61}},
	}, {
		text: "Write to our officer at the address below:\n\nRoom 5, Tower A\n\nPudong, Shanghai, China\n\nEmail: dpo@example.cn\n",
		want: []Contact{
			{Kind: ContactAddress, Value: "Room 5, Tower A, Pudong, Shanghai, China", Start: 44, End: 84},
			{Kind: ContactEmail, Value: "dpo@example.cn", Start: 93, End: 107},
		},
	}} {
		got := docOf(tc.text).Contacts
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestGoverningLaw(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"This policy is governed by the laws of the People's Republic of China.", "People's Republic of China"},
		{"Governing law\n\nThe laws of Singapore apply.", "Singapore"},
		{"The company was established under the laws of the State of Delaware.", ""},
		{"We comply with the data protection laws of your jurisdiction.", ""},
		{"These terms are subject to the law of England and Wales.", "England"},
	} {
		if got := docOf(tc.text).GoverningLaw; got != tc.want {
			t.Errorf("law of %q = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestStorageLocations(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Your data is stored in Singapore.", []string{"Singapore"}},
		{"Personal information is stored within the territory of the People's Republic of China.", []string{"People's Republic of China"}},
		{"We operate servers located in Germany, the Netherlands and Ireland.", []string{"Germany", "Netherlands", "Ireland"}},
		{"Our office is located in Paris.", nil},
		{"Data is stored in encrypted form.", nil},
		{"Photos are stored in SD card storage.", nil},
		{"我们在中华人民共和国境内收集的个人信息，将存储在中华人民共和国境内。", []string{"中华人民共和国"}},
		{"您的数据存放于位于新加坡的服务器。", []string{"新加坡"}},
		{"我们将信息保存在本地。", nil},
		{"数据存储在我们的服务器上。", nil},
		{"数据存储在服务器上。", nil},
		{"照片保存在本地设备中。", nil},
		{"数据存储在日本地区。", []string{"日本地区"}},
	} {
		var got []string
		r := docOf(tc.text)
		for _, m := range r.StorageLocations {
			got = append(got, m.Text)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
		checkDocSpans(t, tc.text, r)
	}
}

func TestDurations(t *testing.T) {
	type d struct{ Kind, ISO, Text string }
	for _, tc := range []struct {
		text string
		want []d
	}{
		{"We will respond to your request within 15 working days.", []d{{"response", "P15D", "within 15 working days"}}},
		{"We retain logs for 3 years.", []d{{"retention", "P3Y", "for 3 years"}}},
		{"Data is kept as long as necessary for these purposes.", []d{{"retention", "", "as long as necessary"}}},
		{"Backups are stored for six months; we reply to requests within 48 hours.",
			[]d{{"retention", "P6M", "for six months"}, {"response", "PT48H", "within 48 hours"}}},
		{"We will reply within fifteen (15) days.", []d{{"response", "P15D", "within fifteen (15) days"}}},
		{"我们将在15个工作日内回复。", []d{{"response", "P15D", "15个工作日"}}},
		{"在您注销账号后，我们会在十五个工作日内删除您的个人信息。", []d{{"retention", "P15D", "十五个工作日"}}},
		{"您的个人信息保存期限为3年。", []d{{"retention", "P3Y", "3年"}}},
		{"本政策于2022年6月1日更新。", nil},
		// Dates in a sentence with a retention cue: the day and the year
		// of a date are no periods.
		{"我们将保存您的信息至2023年5月10日。", nil},
		{"我们将保存您的信息至 2023 年 5 月 10 日。", nil},
		{"我们会在2024年十二月三十一日前删除您的日志。", nil},
		{"自收到请求之日起15日内，我们将删除您的信息。", []d{{"retention", "P15D", "15日"}}},
		{"我们会在四十五天内删除。", []d{{"retention", "P45D", "四十五天"}}},
		{"日志保存一百二十天。", []d{{"retention", "P120D", "一百二十天"}}},
		{"备份保存三百天。", []d{{"retention", "P300D", "三百天"}}},
		{"我们会在第十五天删除。", nil}, // "the fifteenth day"
		{"我们每一个月会向您发送一次新闻通讯。您可以随时删除您的账号。", nil},
		{"Updated automatically every 5 minutes", nil},
		{"The service is available 24 hours a day.", nil},
		{"We were founded 10 years ago.", nil},
	} {
		var got []d
		r := docOf(tc.text)
		for _, x := range r.Durations {
			got = append(got, d{x.Kind, x.ISO, x.Text})
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, diff)
		}
		checkDocSpans(t, tc.text, r)
	}
}

func TestOrganization(t *testing.T) {
	e := Default()
	tests := map[string]string{
		"Comcast Corporation":                             "Comcast",
		"WhatsApp Inc.":                                   "WhatsApp",
		"Tencent International Pte. Ltd.":                 "Tencent International",
		"Beijing Wali Network Technology Co., Ltd.":       "Beijing Wali Network Technology",
		"Menred Intelligent Systems (Shanghai) Co., Ltd.": "Menred Intelligent Systems (Shanghai)",
		"Blyts, LLC":                                      "Blyts",
		"Acme":                                            "Acme",
		"Ltd.":                                            "Ltd.",
		"北京小米移动软件有限公司":                                    "北京小米移动软件",
		"":                                                "",
	}
	for in, want := range tests {
		if got := e.Organization(in); got != want {
			t.Errorf("Organization(%q) = %q, want %q", in, got, want)
		}
	}
}

// hasYear tests only every fourth byte; a run of four digits is found
// wherever it starts.
func TestHasYear(t *testing.T) {
	for s, want := range map[string]bool{
		"": false, "2024": true, "a2024": true, "ab2024": true, "abc2024": true, "abcd2024x": true,
		"123": false, "a123b456c": false, "12 34 56 78": false, "x12345": true, "1.2.3.4": false,
	} {
		if got := hasYear(s); got != want {
			t.Errorf("hasYear(%q) = %v, want %v", s, got, want)
		}
	}
}

// A product is also read from an alias that names a kind of product, and
// from a page title that is nothing but a name the text repeats.
func TestProductAliasAndPageTitle(t *testing.T) {
	for _, tc := range []struct{ text, page, want string }{
		{"Privacy Policy\n360 Widget (the \"Software\") is software created by Example Co., Ltd.", "", "360 Widget"},
		{"This policy covers the Torch HD mobile application (\"Service\").", "", "Torch HD"},
		{"Last Updated: July 6, 2015\nNOVA Launcher ((“SERVICE”, “we”, “us”)) respects you.", "", "NOVA Launcher"},
		{"Acme Inc. (the \"Company\") runs it.", "", ""},                                        // "Company" is no product alias
		{"This policy covers the mobile application (\"App\").", "", ""},                        // no name
		{"Example Labs Inc. (the \"Service\") collects data.", "", ""},                          // a company
		{"We use Google Analytics (the \"Service\") to count visits.", "", ""},                  // another's product (the registry's)
		{"Welcome to Omega Mail. Omega Mail collects your e-mail.", "Omega Mail", "Omega Mail"}, // the page title, repeated
		{"Welcome. We collect your e-mail.", "Omega Mail", ""},                                  // not repeated
		{"Omega Mail. Omega Mail User Agreement.", "Omega Mail User Agreement", ""},             // a document title
		{"Student Privacy\n\nStudent records are kept safe.", "Student Privacy", ""},            // the title's copy does not count
		{"TuneIn Radio streams music. TuneIn Radio collects your e-mail.", "TuneIn Radio Privacy", "TuneIn Radio"},
	} {
		got := Default().Document(Document{Text: tc.text, Title: "Privacy Policy", PageTitle: tc.page}).Product
		if got != tc.want {
			t.Errorf("product of %q (page title %q) = %q, want %q", tc.text, tc.page, got, tc.want)
		}
	}
}

func TestCJKNumber(t *testing.T) {
	for s, want := range map[string]int{
		"五": 5, "十": 10, "十五": 15, "二十": 20, "四十五": 45, "一百二十": 120, "两百": 200,
		"三百零五": 305, "一千": 1000, "一二": 0, "": 0,
	} {
		if got := cjkNumber(s); got != want {
			t.Errorf("cjkNumber(%q) = %d, want %d", s, got, want)
		}
	}
}
