package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// sdkWant is the part of an SDK record a layout test states; spans are
// checked separately against the text.
type sdkWant struct {
	Name, Provider, PurposeText, DataText, PolicyURL string
}

func sdkWants(sdks []SDK) []sdkWant {
	var out []sdkWant
	for _, s := range sdks {
		out = append(out, sdkWant{s.Name, s.Provider, s.PurposeText, s.DataText, s.PolicyURL})
	}
	return out
}

func TestSDKLayouts(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []sdkWant
	}{{
		name: "bulleted names, field lines",
		text: "We embed these kits:\n\n• Acme Analytics SDK\n\nPurpose: usage statistics\n\nData collected: device model, IMEI\n\n" +
			"Privacy policy: https://acme.example/privacy\n\n• Foo Maps\nPurpose: show maps\nData collected: GPS location\n" +
			"Provider: Foo Inc.\n\nWe review these partners every year and ask them to protect your data.\n",
		want: []sdkWant{
			{"Acme Analytics SDK", "", "usage statistics", "device model, IMEI", "https://acme.example/privacy"},
			{"Foo Maps", "Foo Inc.", "show maps", "GPS location", ""},
		},
	}, {
		name: "name fields",
		text: "SDK name: Bar Push\nProvider: Bar Ltd.\nUsage: message delivery\nType of data: device token\n\n" +
			"SDK name: Baz Login\nProvider: Baz Corp.\nUsage: sign-in\n",
		want: []sdkWant{
			{"Bar Push", "Bar Ltd.", "message delivery", "device token", ""},
			{"Baz Login", "Baz Corp.", "sign-in", "", ""},
		},
	}, {
		name: "numbered inline fields",
		text: "1. Qux Stats SDK (purpose: crash reports; data: device ID, OS version; provider: Qux)\n" +
			"2. Zed Pay: purpose: payments; data: order number\n",
		want: []sdkWant{
			{"Qux Stats SDK", "Qux", "crash reports", "device ID, OS version", ""},
			{"Zed Pay", "", "payments", "order number", ""},
		},
	}, {
		name: "plain table",
		text: "Third-party SDKs:\nSDK\tPurpose\tData collected\tProvider\n" +
			"Acme Ads\tadvertising\tadvertising ID\tAcme\nFoo Share\tsharing\tnone\tFoo\nThat is all.\n",
		want: []sdkWant{
			{"Acme Ads", "Acme", "advertising", "advertising ID", ""},
			{"Foo Share", "Foo", "sharing", "none", ""},
		},
	}, {
		name: "markdown table",
		text: "| SDK name | Purpose | Type of data | Privacy policy link |\n|---|---|:--|---|\n" +
			"| Acme Ads | advertising | IDFA | https://acme.example/p |\n| Foo Share | sharing | contacts | https://foo.example |\n\nNext section\n",
		want: []sdkWant{
			{"Acme Ads", "", "advertising", "IDFA", "https://acme.example/p"},
			{"Foo Share", "", "sharing", "contacts", "https://foo.example"},
		},
	}, {
		name: "value on the next line; empty link before the next name",
		text: "• Alpha SDK\nUsing purpose:\nlogin with Alpha\nPrivacy policy:\n• Beta SDK\nUsing purpose: share\nPrivacy policy:\n\nhttp://beta.example/privacy\n",
		want: []sdkWant{
			{"Alpha SDK", "", "login with Alpha", "", ""},
			{"Beta SDK", "", "share", "", "http://beta.example/privacy"},
		},
	}, {
		name: "fields bulleted under their name",
		text: "  • Gamma push\n  • Using purpose: notifications\n    Type of data: device ID\n    • Delta Pay\n    Using purpose: payments\n    Provider: Delta\n",
		want: []sdkWant{
			{"Gamma push", "", "notifications", "device ID", ""},
			{"Delta Pay", "Delta", "payments", "", ""},
		},
	}, {
		name: "full-width colons",
		text: "SDK名称：友盟统计\n使用目的：统计分析\n收集的信息：设备标识\n",
		want: []sdkWant{{"友盟统计", "", "统计分析", "设备标识", ""}},
	}, {
		name: "glued and pasted links",
		text: "• Omega push\nPurpose: push\nPrivacy policy: [https://other.example/a](https://dev.omega.example/doc>https://dev.omega.example/doc#id=1\n" +
			"• Sigma SDK\nPurpose: login\nPrivacy policy: https://sigma.example/terms?cc=CNhttps://pay.example/privacy\n",
		want: []sdkWant{
			{"Omega push", "", "push", "", "https://dev.omega.example/doc"},
			{"Sigma SDK", "", "login", "", "https://sigma.example/terms?cc=CN"},
		},
	}, {
		name: "named by provider",
		text: "Third party: Tencent\nPurpose: WeChat login\nInformation collected: OpenID\n\n" +
			"| Third-party name | Purpose | Data |\n|--|--|--|\n| Alipay | payment | order ID |\n",
		want: []sdkWant{
			{"Tencent", "Tencent", "WeChat login", "OpenID", ""},
			{"Alipay", "Alipay", "payment", "order ID", ""},
		},
	}, {
		name: "records each opened by a provider",
		text: "Third party: Alpha Analytics\nPurpose: analytics\nPersonal data: cookies\n\n" +
			"Third party: Stripe, Inc.\nPurpose: payments\nPersonal data: card number\n\n" +
			"Third party: Beta Ads\nPurpose: advertising\nPersonal data: device IDs\n",
		want: []sdkWant{
			{"Alpha Analytics", "Alpha Analytics", "analytics", "cookies", ""},
			{"Stripe, Inc.", "Stripe, Inc.", "payments", "card number", ""},
			{"Beta Ads", "Beta Ads", "advertising", "device IDs", ""},
		},
	}, {
		name: "a product, its purpose, then its company",
		text: "第三方名称：极光推送，用途：消息推送，公司名称：深圳市和讯华谷信息技术有限公司，收集的信息：设备标识\n",
		want: []sdkWant{{"极光推送", "深圳市和讯华谷信息技术有限公司", "消息推送", "设备标识", ""}},
	}, {
		name: "names under Chinese numbering",
		text: "（一）商汤人脸SDK\n提供方：上海商汤智能科技有限公司\n使用场景：人脸识别\n收集个人信息类型：人脸图像\n\n" +
			"二、个推SDK\n提供方：每日互动股份有限公司\n使用场景：推送\n收集个人信息类型：设备标识符\n",
		want: []sdkWant{
			{"商汤人脸SDK", "上海商汤智能科技有限公司", "人脸识别", "人脸图像", ""},
			{"个推SDK", "每日互动股份有限公司", "推送", "设备标识符", ""},
		},
	}, {
		name: "cells without a header",
		text: "（1）高德地图SDK | 高德软件有限公司 | 用途：定位 | 收集：位置信息 | https://lbs.amap.com/pages/privacy/\n",
		want: []sdkWant{{"高德地图SDK", "高德软件有限公司", "定位", "位置信息", "https://lbs.amap.com/pages/privacy/"}},
	}, {
		name: "fields after a dash",
		text: "微信OpenSDK —— 提供方：深圳市腾讯计算机系统有限公司；使用场景：微信登录；处理信息：设备型号\n",
		want: []sdkWant{{"微信OpenSDK", "深圳市腾讯计算机系统有限公司", "微信登录", "设备型号", ""}},
	}, {
		name: "fields joined by 为",
		text: "微信开放平台SDK：所属公司为深圳市腾讯计算机系统有限公司；使用目的为微信登录；涉及的个人信息为设备型号；隐私政策链接为https://weixin.qq.com/p\n",
		want: []sdkWant{{"微信开放平台SDK", "深圳市腾讯计算机系统有限公司", "微信登录", "设备型号", "https://weixin.qq.com/p"}},
	}, {
		name: "a product, then its company",
		text: "第三方名称：友盟+\n公司名称：友盟同欣（北京）科技有限公司\n使用目的：统计分析\n收集的信息：设备标识\n",
		want: []sdkWant{{"友盟+", "友盟同欣（北京）科技有限公司", "统计分析", "设备标识", ""}},
	}, {
		name: "described services",
		text: "Services we use\n\nAdvertising\n\nQuux Ads (Quux Media Inc.)\n\nQuux Ads is an advertising network run by Quux Media Inc.\nIt may show you ads.\n\n" +
			"Personal Data collected: Cookies and usage data. Place of processing: USA\n\nMetrics\n\n" +
			"Zed Stats is used to count visits.\n\nPersonal Data collected: usage data.\n\n" +
			"Contact form\n\nBy filling in the contact form, you let us answer you.\n\nPersonal Data collected: email address.\n" +
			"\nDefinitions\n\nAcme (\"us\")\n\nAcme Games Pty Ltd and its subsidiaries.\n\nServices\n\nThe games and websites we offer.\n",
		want: []sdkWant{
			{"Quux Ads", "Quux Media Inc.", "Quux Ads is an advertising network run by Quux Media Inc. It may show you ads.", "Cookies and usage data.", ""},
		},
	}, {
		name: "run-in entries",
		text: "我们接入了以下第三方SDK：\n1）高德定位SDK（高德软件有限公司）：用于附近网点查询，以及地址补全；收集精确位置、设备型号；获取网络状态；隐私政策 https://lbs.amap.com/privacy\n" +
			"2）支付宝SDK（支付宝（杭州）信息技术有限公司）：用于支付；收集设备型号；https://opendocs.alipay.com/p\n" +
			"Acme Maps (Acme Inc.): used for store search; collects precise location; privacy policy https://acme.example/p\n" +
			"友盟统计SDK：用于统计分析；收集设备型号、OAID；隐私政策 https://www.umeng.com/policy\n" +
			"Google Location (Google LLC): used for maps; collects GPS location\n",
		want: []sdkWant{
			{"高德定位SDK", "高德软件有限公司", "附近网点查询，以及地址补全", "精确位置、设备型号；获取网络状态", "https://lbs.amap.com/privacy"},
			{"支付宝SDK", "支付宝（杭州）信息技术有限公司", "支付", "设备型号", "https://opendocs.alipay.com/p"},
			{"Acme Maps", "Acme Inc.", "store search", "precise location", "https://acme.example/p"},
			{"友盟统计SDK", "", "统计分析", "设备型号、OAID", "https://www.umeng.com/policy"},
			{"Google Location", "Google LLC", "maps", "GPS location", ""},
		},
	}, {
		name: "a name line, then a run-in body",
		text: "本App接入的第三方SDK如下：\n\n◆ 腾讯云慧眼SDK\n\u3000\u3000由腾讯云计算（北京）有限责任公司提供，在线入网时用于人脸活体检测，会在本机采集人脸图像、设备型号。\n" +
			"\u3000\u3000隐私权政策：https://cloud.tencent.com/p\n◆ 微信支付SDK\n\u3000\u3000由财付通支付科技有限公司提供，用于话费充值，会采集网络类型。\n",
		want: []sdkWant{
			{"腾讯云慧眼SDK", "腾讯云计算（北京）有限责任公司", "人脸活体检测", "人脸图像、设备型号", "https://cloud.tencent.com/p"},
			{"微信支付SDK", "财付通支付科技有限公司", "话费充值", "网络类型", ""},
		},
	}, {
		name: "a run-in body with a remark after it",
		text: "◆ 微信支付SDK\n由财付通支付科技有限公司提供，用于话费充值，会采集设备型号，该SDK不会读取您的通讯录。\n" +
			"◆ 支付宝SDK\n由支付宝（中国）网络技术有限公司提供，用于缴费，会采集设备型号，由于技术原因我们无法提供链接。\n" +
			"◆ 某SDK\n由财付通支付科技有限公司提供，ȺȺȺȺȺȺȺȺȺȺ由a提供\n" +
			"◆ 百度地图SDK\n由北京百度网讯科技有限公司提供，用于地图，会采集精确位置。该SDK不会读取您的通讯录。\n" +
			"◆ 小米推送SDK\n由北京小米移动软件有限公司提供，用于推送，会采集推送标识，由于网络原因可能延迟。\n",
		want: []sdkWant{
			{"微信支付SDK", "财付通支付科技有限公司", "话费充值", "设备型号", ""},
			{"支付宝SDK", "支付宝（中国）网络技术有限公司", "缴费", "设备型号", ""},
			{"百度地图SDK", "北京百度网讯科技有限公司", "地图", "精确位置", ""},
			{"小米推送SDK", "北京小米移动软件有限公司", "推送", "推送标识", ""},
		},
	}, {
		name: "run-in entries whose name is a link",
		text: "- 高德地图SDK (https://lbs.amap.com/pages/privacy/)：由高德软件有限公司提供，我们用它展示附近网点，它会获取您的精确位置和设备型号。\n" +
			"- 华为推送SDK (https://developer.huawei.com/p)：由华为软件技术有限公司提供，在华为手机上下发通知，它会获取推送Token。\n" +
			"- 支付宝SDK (https://opendocs.alipay.com/p)：由支付宝（中国）网络技术有限公司提供，用于支付，在此过程中它会获取设备型号。\n" +
			"- 友盟SDK (https://www.umeng.com/p)：由友盟同欣（北京）科技有限公司提供，这一段话不说什么，再一段也不说。\n",
		want: []sdkWant{
			{"高德地图SDK", "高德软件有限公司", "我们用它展示附近网点", "您的精确位置和设备型号", "https://lbs.amap.com/pages/privacy/"},
			{"华为推送SDK", "华为软件技术有限公司", "在华为手机上下发通知", "推送Token", "https://developer.huawei.com/p"},
			{"支付宝SDK", "支付宝（中国）网络技术有限公司", "支付", "设备型号", "https://opendocs.alipay.com/p"},
		},
	}, {
		name: "run-in entries nested under their provider, the link a field",
		text: "- 北京百度网讯科技有限公司\n  - 百度OCR SDK：用于文字识别；收集待识别的图片、设备型号；隐私政策：https://ai.baidu.com/p\n" +
			"- 深圳市腾讯计算机系统有限公司\n  - 微信OpenSDK：用于微信登录；收集设备型号；隐私政策：https://weixin.qq.com/p\n" +
			"  - 腾讯Bugly SDK：用于崩溃分析；收集崩溃日志；隐私政策：https://bugly.qq.com/p\n- 其他说明\n" +
			"友盟统计SDK：用于统计；收集设备型号；隐私政策：https://www.umeng.com/p\n",
		want: []sdkWant{
			{"百度OCR SDK", "北京百度网讯科技有限公司", "文字识别", "待识别的图片、设备型号", "https://ai.baidu.com/p"},
			{"微信OpenSDK", "深圳市腾讯计算机系统有限公司", "微信登录", "设备型号", "https://weixin.qq.com/p"},
			{"腾讯Bugly SDK", "深圳市腾讯计算机系统有限公司", "崩溃分析", "崩溃日志", "https://bugly.qq.com/p"},
			{"友盟统计SDK", "", "统计", "设备型号", "https://www.umeng.com/p"},
		},
	}, {
		name: "a company line under a numbered name is its provider",
		text: "1. 极光推送SDK\n   - 深圳市和讯华谷信息技术有限公司\n   - 用途：消息推送\n   - 收集信息：设备型号\n2. 个推SDK\n   - 每日互动股份有限公司\n   - 用途：推送\n   - 收集信息：设备型号\n",
		want: []sdkWant{
			{"极光推送SDK", "深圳市和讯华谷信息技术有限公司", "消息推送", "设备型号", ""},
			{"个推SDK", "每日互动股份有限公司", "推送", "设备型号", ""},
		},
	}, {
		name: "a category heading keeps no company: its nested entries do",
		text: "1. 地图定位类\n   - 北京百度网讯科技有限公司\n     - 百度地图SDK：用于定位；收集位置信息\n2. 消息推送类\n   - 深圳市和讯华谷信息技术有限公司\n     - 极光推送SDK：用于消息推送；收集设备标识符\n",
		want: []sdkWant{
			{"百度地图SDK", "北京百度网讯科技有限公司", "定位", "位置信息", ""},
			{"极光推送SDK", "深圳市和讯华谷信息技术有限公司", "消息推送", "设备标识符", ""},
		},
	}, {
		name: "a company's nested feature lines are no SDKs",
		text: "- 北京三快科技有限公司\n  - 客服服务：用于处理您的投诉，收集您的订单信息。\n",
		want: nil,
	}, {
		name: "a bracketed heading is no SDK's name",
		text: "【第三方SDK】\nSDK提供方：友盟同欣（北京）科技有限公司\n用途：统计\n收集信息：设备型号\n",
		want: []sdkWant{{"友盟同欣（北京）科技有限公司", "友盟同欣（北京）科技有限公司", "统计", "设备型号", ""}},
	}, {
		name: "a name in title brackets, fields side by side",
		text: "《腾讯云实时音视频TRTC SDK》\n运营方：腾讯云计算（北京）有限责任公司  用途：视频咨询\n可能收集：设备型号、IP地址（隐私政策：https://cloud.tencent.com/p）\n\n" +
			"【阿里云号码认证SDK】\n运营方：阿里云计算有限公司\u3000用途：一键登录\n可能收集：本机号码\n",
		want: []sdkWant{
			{"腾讯云实时音视频TRTC SDK", "腾讯云计算（北京）有限责任公司", "视频咨询", "设备型号、IP地址", "https://cloud.tencent.com/p"},
			{"阿里云号码认证SDK", "阿里云计算有限公司", "一键登录", "本机号码", ""},
		},
	}, {
		name: "fields parted by slashes, under a name apart",
		text: "微信开放平台SDK\n\n提供方：深圳市腾讯计算机系统有限公司 / 用途：微信登录 / 收集信息：设备型号 / 隐私政策：https://weixin.qq.com/p/\n\n" +
			"个推SDK\n\n提供方：每日互动股份有限公司 / 用途：推送 / 收集信息：设备型号/系统版本 / 隐私政策：https://docs.getui.com/privacy/\n",
		want: []sdkWant{
			{"微信开放平台SDK", "深圳市腾讯计算机系统有限公司", "微信登录", "设备型号", "https://weixin.qq.com/p/"},
			{"个推SDK", "每日互动股份有限公司", "推送", "设备型号/系统版本", "https://docs.getui.com/privacy/"},
		},
	}, {
		name: "field names in 【】 run together",
		text: "以下为第三方SDK：\n【SDK名称】微信开放平台SDK【提供方】深圳市腾讯计算机系统有限公司【用途】微信登录【收集信息】设备型号、网络类型【隐私政策】https://weixin.qq.com/p\n" +
			"【SDK名称】个推SDK【提供方】每日互动股份有限公司【用途】推送【收集信息】设备标识符\n【重要】本段不是SDK。\n",
		want: []sdkWant{
			{"微信开放平台SDK", "深圳市腾讯计算机系统有限公司", "微信登录", "设备型号、网络类型", "https://weixin.qq.com/p"},
			{"个推SDK", "每日互动股份有限公司", "推送", "设备标识符", ""},
		},
	}, {
		name: "a name in 【】 before its fields",
		text: "第三方SDK目录：\n【优量汇SDK】提供方：深圳市腾讯计算机系统有限公司；用途：激励视频广告；收集的信息：设备型号\n" +
			"【穿山甲SDK】提供方：北京巨量引擎网络技术有限公司；用途：广告；收集的信息：OAID；隐私政策：https://www.csjplatform.com/p\n",
		want: []sdkWant{
			{"优量汇SDK", "深圳市腾讯计算机系统有限公司", "激励视频广告", "设备型号", ""},
			{"穿山甲SDK", "北京巨量引擎网络技术有限公司", "广告", "OAID", "https://www.csjplatform.com/p"},
		},
	}, {
		name: "columns aligned with spaces under a header of field names",
		text: "本政策适用于  所有用户。\n\n" +
			"SDK名称            提供方                          用途          隐私政策\n" +
			"微信开放平台SDK    深圳市腾讯计算机系统有限公司    微信登录      https://weixin.qq.com/p\n" +
			"个推SDK            每日互动股份有限公司            推送          https://docs.getui.com/p\n\n以上SDK均已接入。\n",
		want: []sdkWant{
			{"微信开放平台SDK", "深圳市腾讯计算机系统有限公司", "微信登录", "", "https://weixin.qq.com/p"},
			{"个推SDK", "每日互动股份有限公司", "推送", "", "https://docs.getui.com/p"},
		},
	}, {
		name: "field names right before their values, no colon (label and value elements)",
		text: "用途说明如下。\nSDK名称微信开放平台SDK\n提供方深圳市腾讯计算机系统有限公司\n使用目的微信登录\n收集的个人信息设备型号\n" +
			"隐私政策https://weixin.qq.com/p\nSDK名称个推SDK\n提供方每日互动股份有限公司\n收集的个人信息设备标识符\n用途不限于此。\n",
		want: []sdkWant{
			{"微信开放平台SDK", "深圳市腾讯计算机系统有限公司", "微信登录", "设备型号", "https://weixin.qq.com/p"},
			{"个推SDK", "每日互动股份有限公司", "", "设备标识符", ""},
		},
	}, {
		name: "combined entries: one entry for several SDKs, respective providers and links",
		text: "1）华为、小米、vivo推送SDK：提供方分别为华为软件技术有限公司、北京小米移动软件有限公司、维沃移动通信有限公司；用途：推送；收集的个人信息：推送标识符；" +
			"隐私政策分别为：https://developer.huawei.com/p、https://dev.mi.com/p、https://www.vivo.com.cn/p\n" +
			"2）中国移动、中国联通认证SDK：提供方为中移互联网有限公司；用途：一键登录；收集的个人信息：本机号码\n" +
			"3）微信SDK、QQ SDK：提供方分别为深圳市腾讯计算机系统有限公司、腾讯科技（深圳）有限公司；用途：分享；收集的个人信息：设备型号\n",
		want: []sdkWant{
			{"华为推送SDK", "华为软件技术有限公司", "推送", "推送标识符", "https://developer.huawei.com/p"},
			{"小米推送SDK", "北京小米移动软件有限公司", "推送", "推送标识符", "https://dev.mi.com/p"},
			{"vivo推送SDK", "维沃移动通信有限公司", "推送", "推送标识符", "https://www.vivo.com.cn/p"},
			// no respective word: one entry as written
			{"中国移动、中国联通认证SDK", "中移互联网有限公司", "一键登录", "本机号码", ""},
			// each item names its SDK whole
			{"微信SDK、QQ SDK", "深圳市腾讯计算机系统有限公司、腾讯科技（深圳）有限公司", "分享", "设备型号", ""},
		},
	}, {
		name: "a header in two languages, group rows between",
		text: "SDK名称 SDK Name\t提供方 Provider\t目的 Purpose\t个人信息 Personal Information\n功能类\n" +
			"微信开放平台SDK\t深圳市腾讯计算机系统有限公司\t微信登录\t设备型号\n统计分析类\n友盟+统计SDK\t友盟同欣（北京）科技有限公司\t统计\tOAID\n",
		want: []sdkWant{
			{"微信开放平台SDK", "深圳市腾讯计算机系统有限公司", "微信登录", "设备型号", ""},
			{"友盟+统计SDK", "友盟同欣（北京）科技有限公司", "统计", "OAID", ""},
		},
	}, {
		name: "a name line ending in a colon, dash items, a field of run-in parts",
		text: "微信开放平台SDK：\n    ——提供方：深圳市腾讯计算机系统有限公司\n    ——用途及收集信息：用于微信登录和分享，收集设备型号、网络类型\n    ——隐私政策：https://weixin.qq.com/p\n" +
			"个推SDK：\n    ——提供方：每日互动股份有限公司\n    ——用途及收集信息：设备标识符\n",
		want: []sdkWant{
			{"微信开放平台SDK", "深圳市腾讯计算机系统有限公司", "微信登录和分享", "设备型号、网络类型", "https://weixin.qq.com/p"},
			{"个推SDK", "每日互动股份有限公司", "", "设备标识符", ""},
		},
	}, {
		name: "a transposed table: one column per SDK",
		text: "表1 登录类\n\nSDK名称 | 微信开放平台SDK | 支付宝SDK\n提供方 | 深圳市腾讯计算机系统有限公司 | 支付宝（中国）网络技术有限公司\n" +
			"用途 | 微信登录 | \n收集的信息 | 设备型号 | IP地址\n\n表2 推送类\n\nSDK名称\t个推SDK\t极光推送SDK\n收集的信息\t设备标识符\t设备型号\n正文。\n",
		want: []sdkWant{
			{"微信开放平台SDK", "深圳市腾讯计算机系统有限公司", "微信登录", "设备型号", ""},
			{"支付宝SDK", "支付宝（中国）网络技术有限公司", "", "IP地址", ""},
			{"个推SDK", "", "", "设备标识符", ""},
			{"极光推送SDK", "", "", "设备型号", ""},
		},
	}, {
		name: "a table header is no transposed table",
		text: "SDK名称 | 提供方 | 收集的信息\n个推SDK | 每日互动股份有限公司 | 设备标识符\n",
		want: []sdkWant{{"个推SDK", "每日互动股份有限公司", "", "设备标识符", ""}},
	}, {
		name: "prose entries, one paragraph per SDK",
		text: "我们接入了微信开放平台SDK（由深圳市腾讯计算机系统有限公司提供），用于微信登录。在您使用上述功能时，该SDK会收集您的设备型号和网络类型。其隐私政策见：https://weixin.qq.com/p\n\n" +
			"我们接入了高德定位SDK（由高德软件有限公司提供），用于签到。为完成定位，该SDK需要读取您的精确位置。\n\n" +
			"我们接入了新的客服系统，用于回复您的咨询。该系统会收集您的咨询内容。\n",
		want: []sdkWant{
			{"微信开放平台SDK", "深圳市腾讯计算机系统有限公司", "微信登录", "您的设备型号和网络类型", "https://weixin.qq.com/p"},
			{"高德定位SDK", "高德软件有限公司", "签到", "您的精确位置", ""},
		},
	}, {
		name: "a prose entry naming a kind of SDK, and an English intro",
		text: "我们集成了第三方推送SDK，用于向您推送消息。该SDK会收集您的设备标识符。相关隐私政策请见：https://www.example.com/privacy\n\n" +
			"We integrate Acme Analytics SDK (Acme Inc.), used for statistics, collects your device ID.\n",
		want: []sdkWant{{"Acme Analytics SDK", "Acme Inc.", "statistics", "your device ID.", ""}},
	}, {
		name: "a heading ending in a colon is no SDK's name",
		text: "我们使用的第三方SDK：\n提供方：每日互动股份有限公司\n收集信息：设备标识符\n",
		want: []sdkWant{{"每日互动股份有限公司", "每日互动股份有限公司", "", "设备标识符", ""}},
	}, {
		name: "a run-in entry whose provider is given with 由…提供",
		text: "个推SDK（由每日互动股份有限公司提供）：用于推送；收集设备标识符\n",
		want: []sdkWant{{"个推SDK", "每日互动股份有限公司", "推送", "设备标识符", ""}},
	}, {
		name: "a drawn table whose cells wrap onto further rows",
		text: "+----+----------+----------+------------+\n| 序号 | SDK名称 | 公司名称 | 个人信息类型 |\n+----+----------+----------+------------+\n" +
			"| 1 | 微信开放平台SDK | 深圳市腾讯计算机系统有限公司 | 设备型号、网 |\n|   |          |          | 络类型、Android |\n|   |          |          | ID |\n" +
			"+----+----------+----------+------------+\n| 2 | 个推推送SDK | 每日互动股份有限公司 | 设备型号 |\n+----+----------+----------+------------+\n",
		want: []sdkWant{
			{"微信开放平台SDK", "深圳市腾讯计算机系统有限公司", "", "设备型号、网络类型、Android ID", ""},
			{"个推推送SDK", "每日互动股份有限公司", "", "设备型号", ""},
		},
	}, {
		name: "a wrapped row fills a field the first row left empty",
		text: "+--+--+\n| 序号 | SDK名称 | 公司名称 | 个人信息类型 |\n+--+--+\n| 1 | 微信SDK | 深圳市腾讯计算机系统有限公司 |  |\n|  |  |  | 设备型号 |\n+--+--+\n",
		want: []sdkWant{{"微信SDK", "深圳市腾讯计算机系统有限公司", "", "设备型号", ""}},
	}, {
		name: "records after a drawn table come after its last row",
		text: "+----+----+\n|    | SDK名称 | 收集的个人信息 |\n+----+----+\n| 1 | 微信开放平台SDK | 设备型号 |\n+----+----+\n| 2 | 支付宝SDK | 设备型号、网 |\n|   |   | 络类型 |\n+----+----+\n\n" +
			"1. 极光推送SDK\n用途：消息推送\n收集的个人信息：设备标识符\n提供方：深圳市和讯华谷信息技术有限公司\n",
		want: []sdkWant{
			{"微信开放平台SDK", "", "", "设备型号", ""},
			{"支付宝SDK", "", "", "设备型号、网络类型", ""},
			{"极光推送SDK", "深圳市和讯华谷信息技术有限公司", "消息推送", "设备标识符", ""},
		},
	}, {
		name: "an undrawn table's empty cells continue nothing",
		text: "| SDK名称 | 第三方公司 | 使用目的 | 收集的个人信息 |\n|---|---|---|---|\n| 微信SDK | 深圳市腾讯计算机系统有限公司 | 微信登录 | 设备型号 |\n" +
			"|  |  | 微信分享 | 手机号码 |\n|  | 北京百度网讯科技有限公司 | 定位 | 精确位置 |\n",
		want: []sdkWant{
			{"微信SDK", "深圳市腾讯计算机系统有限公司", "微信登录", "设备型号", ""},
			{"北京百度网讯科技有限公司", "北京百度网讯科技有限公司", "定位", "精确位置", ""},
		},
	}, {
		name: "a drawn row with a provider of its own is no continuation",
		text: "+--+--+\n| 序号 | SDK名称 | 公司名称 | 个人信息类型 |\n+--+--+\n| 1 | 微信SDK | 深圳市腾讯计算机系统有限公司 | 设备型号 |\n" +
			"|  |  | 北京百度网讯科技有限公司 | 精确位置 |\n+--+--+\n| 2 | 个推SDK | 每日互动股份有限公司 | 设备 |\n\n正文。\n|  |  |  | 型号 |\n",
		want: []sdkWant{
			{"微信SDK", "深圳市腾讯计算机系统有限公司", "", "设备型号", ""},
			{"北京百度网讯科技有限公司", "北京百度网讯科技有限公司", "", "精确位置", ""},
			{"个推SDK", "每日互动股份有限公司", "", "设备", ""},
		},
	}, {
		name: "lettered field lines",
		text: "1. 高德定位SDK\n   a) 第三方公司名称：高德软件有限公司\n   b) SDK用途：显示附近网点\n   c) 共享方式：SDK本机采集\n" +
			"   d) 个人信息字段：精确位置、IP地址\n   e) 隐私权政策网址：https://lbs.amap.com/pages/privacy/\n",
		want: []sdkWant{
			{"高德定位SDK", "高德软件有限公司", "显示附近网点", "精确位置、IP地址", "https://lbs.amap.com/pages/privacy/"},
		},
	}, {
		name: "由 with no 提供 after it opens no provider",
		text: "◆ 友盟统计SDK\n用于统计分析，由我们接入，会采集设备型号。\n",
		want: []sdkWant{{"友盟统计SDK", "", "统计分析，由我们接入", "设备型号", ""}},
	}, {
		name: "more field names",
		text: "SDK名称：极光推送SDK\n开发者名称：深圳市和讯华谷信息技术有限公司\n合作目的：消息推送\n收集个人信息：设备标识符\nSDK隐私政策链接：https://www.jiguang.cn/license/privacy\n",
		want: []sdkWant{{"极光推送SDK", "深圳市和讯华谷信息技术有限公司", "消息推送", "设备标识符", "https://www.jiguang.cn/license/privacy"}},
	}, {
		name: "a run-in body after no SDK's name",
		text: "更新时间：2023年10月26日 生效时间：2023年11月2日\n安家App由宁波安家智能科技有限公司开发运营，用于控制智能家居设备。\n" +
			"位置信息\n由我们提供，用于导航，会采集您的精确位置。\n" +
			"◆ 友盟统计SDK\n友盟统计SDK可以帮助我们分析使用情况，我们会据此改进服务。\n",
		want: nil,
	}, {
		name: "run-in lines that are no SDK",
		text: "位置权限：获取您的位置，用于查找附近的充电站。\n说明：我们会收集您的手机号码，用于登录。\n" +
			"Note: we collect your e-mail address; used for support; privacy policy https://example.com/p\n" +
			"Note: used to be called Foo; see https://example.com\n" +
			"Service Providers (e.g. Acme Hosting Inc.): used to host our website; collect server logs\n" +
			"Our Affiliates (Acme Holdings Ltd.): used for support, collect account data\n" +
			"Location: used for maps, collects GPS; privacy policy https://example.com/p\n",
		want: nil,
	}, {
		name: "full-width bars, a lead-in before the header, group headings",
		text: "各条目依次为：SDK名称｜所属公司｜收集的个人信息｜隐私政策链接\n（一）登录类\n" +
			"微信SDK｜深圳市腾讯计算机系统有限公司｜设备型号｜https://weixin.qq.com/p\n\n（二）推送类\n" +
			"极光推送SDK｜深圳市和讯华谷信息技术有限公司｜推送注册ID｜https://jiguang.cn/p\n" +
			"三、我们如何共享您的个人信息\n我们不会共享您的个人信息｜除非取得同意｜或依法｜https://x.cn\n",
		want: []sdkWant{
			{"微信SDK", "深圳市腾讯计算机系统有限公司", "", "设备型号", "https://weixin.qq.com/p"},
			{"极光推送SDK", "深圳市和讯华谷信息技术有限公司", "", "推送注册ID", "https://jiguang.cn/p"},
		},
	}, {
		name: "another table after an SDK table and a heading",
		text: "SDK名称｜所属公司｜收集的个人信息\n微信SDK｜深圳市腾讯计算机系统有限公司｜设备型号\n附录二 权限列表\n" +
			"权限名称｜使用目的｜权限说明\n相机权限｜扫描二维码｜访问您的相机\n位置权限｜附近门店推荐｜获取您的位置信息\n",
		want: []sdkWant{{"微信SDK", "深圳市腾讯计算机系统有限公司", "", "设备型号", ""}},
	}, {
		name: "a heading with no blank before another table's header",
		text: "SDK名称｜所属公司｜收集的个人信息\n微信SDK｜深圳市腾讯计算机系统有限公司｜设备型号\n附录二权限列表\n" +
			"权限名称｜使用目的｜权限说明\n相机权限｜扫描二维码｜访问您的相机\n",
		want: []sdkWant{{"微信SDK", "深圳市腾讯计算机系统有限公司", "", "设备型号", ""}},
	}, {
		name: "a line with a blank ends a table",
		text: "SDK名称｜所属公司｜收集的个人信息\n微信SDK｜深圳市腾讯计算机系统有限公司｜设备型号\n附录 二\n" +
			"相机权限｜扫描二维码｜访问您的相机\n",
		want: []sdkWant{{"微信SDK", "深圳市腾讯计算机系统有限公司", "", "设备型号", ""}},
	}, {
		name: "a feature's key-value table is no SDK",
		text: "1. 注册登录\n收集的个人信息\t手机号码、短信验证码\n使用目的\t用于创建账号并验证身份\n" +
			"2. 客服反馈\n收集的个人信息\t联系电话、反馈内容\n使用目的\t用于处理您的反馈\n",
		want: nil,
	}, {
		name: "one key-value table per SDK",
		text: "1\nSDK名称\t腾讯云人脸核身SDK\n第三方主体\t腾讯云计算（北京）有限责任公司\n使用目的\t活体检测\n" +
			"收集的个人信息\t人脸图像\n隐私政策\thttps://cloud.tencent.com/p\n2\nSDK名称\t个推推送SDK\n" +
			"第三方主体\t每日互动股份有限公司\n收集的个人信息\t设备型号\n\n联系电话\t400-000-0000\n",
		want: []sdkWant{
			{"腾讯云人脸核身SDK", "腾讯云计算（北京）有限责任公司", "活体检测", "人脸图像", "https://cloud.tencent.com/p"},
			{"个推推送SDK", "每日互动股份有限公司", "", "设备型号", ""},
		},
	}, {
		name: "short field names",
		text: "名称：极光推送SDK\n开发者：深圳市和讯华谷信息技术有限公司\n场景：报警提醒推送\n字段：设备型号、推送注册ID\n",
		want: []sdkWant{{"极光推送SDK", "深圳市和讯华谷信息技术有限公司", "报警提醒推送", "设备型号、推送注册ID", ""}},
	}, {
		name: "no SDK list",
		text: "Contact us\n\nEmail: privacy@example.com\nAddress: 1 Main Street\n\nCookies\nPurpose: we use cookies.\n" +
			"How we share\n\nWe share data with partners.\n\nLinks\nLink: https://example.com\n" +
			"Company: Example Ltd.\nWebsite: https://example.com\n",
		want: nil,
	}}
	e := Default()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := e.Document(Document{Text: tc.text})
			if diff := cmp.Diff(tc.want, sdkWants(r.SDKs)); diff != "" {
				t.Errorf("SDKs mismatch (-want +got):\n%s", diff)
			}
			checkDocSpans(t, tc.text, r)
			for _, s := range r.SDKs {
				rec := tc.text[s.Start:s.End]
				if !strings.Contains(rec, s.Name) && !splitIn(rec, s.Name) || strings.TrimSpace(rec) != rec {
					t.Errorf("%s: record span %q", s.Name, rec)
				}
			}
		})
	}
}

// TestSDKTableRowClauses reads a table the way an HTML reader hands it
// over: one clause per row, labelled with the header cells.
func TestSDKTableRowClauses(t *testing.T) {
	text := "Partners\nSDK\tPurpose\tData\nAcme Ads\tads\tIDFA\nFoo Maps\tmaps\tlocation\n"
	label := "SDK | Purpose | Data"
	doc := Document{Text: text}
	for _, row := range []string{"SDK\tPurpose\tData", "Acme Ads\tads\tIDFA", "Foo Maps\tmaps\tlocation"} {
		i := strings.Index(text, row)
		doc.Clauses = append(doc.Clauses, Input{Text: row, Offset: i, Label: label})
	}
	got := Default().Document(doc).SDKs
	want := []SDK{
		{Name: "Acme Ads", PurposeText: "ads", DataText: "IDFA", Start: doc.Clauses[1].Offset, End: doc.Clauses[1].Offset + len(doc.Clauses[1].Text)},
		{Name: "Foo Maps", PurposeText: "maps", DataText: "location", Start: doc.Clauses[2].Offset, End: doc.Clauses[2].Offset + len(doc.Clauses[2].Text)},
	}
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(SDK{}, "Purposes", "Data")); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestSDKLabels checks that purpose and data texts are labelled with the
// taxonomy. It needs the vocabulary of vocab.go and skips without it.
func TestSDKLabels(t *testing.T) {
	e := Default()
	if len(e.Clause(Input{Text: "We collect your IMEI."}).Data) == 0 {
		t.Skip("vocabulary not available")
	}
	text := "• Acme SDK\nPurpose: advertising\nType of data: IMEI and precise location\n"
	sdks := e.Document(Document{Text: text}).SDKs
	if len(sdks) != 1 {
		t.Fatalf("got %d SDKs, want 1", len(sdks))
	}
	for _, want := range []string{"identifier.device.imei", "location.precise"} {
		if !docContains(sdks[0].Data, want) {
			t.Errorf("data labels %v lack %q", sdks[0].Data, want)
		}
	}
	if !docContains(sdks[0].Purposes, "marketing.advertising") {
		t.Errorf("purpose labels %v lack marketing.advertising", sdks[0].Purposes)
	}
}

func docContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestPickURL(t *testing.T) {
	d := Default().doc
	for _, tc := range []struct{ field, name, want string }{
		{"https://a.example/x", "Foo", "https://a.example/x"},
		{"see https://a.example/x and https://foo.example/p", "Foo SDK", "https://foo.example/p"},
		{"https://a.example/x?cc=CNhttps://b.example/y", "Bar", "https://a.example/x?cc=CN"},
		{"https://sdk.example/x https://push.example/y", "Baz push SDK", "https://sdk.example/x"},
		{"no link here", "Foo", ""},
	} {
		if got := d.pickURL(tc.field, tc.name, ""); got != tc.want {
			t.Errorf("pickURL(%q, %q) = %q, want %q", tc.field, tc.name, got, tc.want)
		}
	}
}

func FuzzDocument(f *testing.F) {
	for _, s := range []string{
		"• A SDK\nPurpose: x\nType of data: y\nPrivacy policy: https://a.b/c\n",
		"| SDK | Purpose |\n|--|--|\n| a | b |\n", "Updated on March 5, 2021. Tel: +86 10 1234 5678",
		"Mailing address:\n1 Road\nCity\n", "stored in Singapore and the United States", "within 15 working days",
		"高德定位SDK（高德软件有限公司）：用于定位，以及导航；收集位置信息；隐私政策 https://a.b/c\n",
		"A（（B）：用于；收集\n", "X (Y Inc.): used for; collects\n",
		"◆ 微信支付SDK\n\u3000\u3000由财付通提供，用于支付，会采集设备型号。\n\u3000\u3000隐私权政策：https://a.b/c\n",
		"本政策更新日期为2024年10月8日，自2024年10月15日起生效", "1. X SDK\n   a) 第三方公司名称：Y公司\n   d) 个人信息字段：设备型号\n",
		"由…提供\n由提供", "◆\n由",
	} {
		f.Add(s)
	}
	f.Add("名称：A\n开发者：B公司\n字段：设备型号\n隐私政策")
	f.Add("0||名称|信息类型\n0||0|!\n0|||0")
	f.Add("微信SDK\n用途及收集信息：\n1. 微信SDK（用途及收集信息：）") // a parts field with no value
	f.Add("+--+--+\n| 序号 | SDK名称 | 个人信息类型 |\n+--+--+\n| 1 | A SDK | 设\n|  |  | 备型号 |\n+--+--+\n")
	// This stop's layouts: 【field】value runs, bare labels, a combined
	// entry, a space-aligned table, a header in two languages.
	f.Add("【SDK名称】A SDK【提供方】B公司【收集信息】设备型号\n【x SDK】提供方：C公司；用途：y\n【】\n")
	f.Add("SDK名称A SDK\n提供方B公司\n收集的个人信息设备型号\n\n五、个人信息的存储\n")
	f.Add("华为、小米推送SDK：提供方分别为A公司、B公司；隐私政策分别为：https://a.b/c、https://d.e/f\n、、推送SDK：提供方分别为\n")
	f.Add("SDK名称    提供方    用途\nA SDK      B公司     推送\n")
	f.Add("SDK名称 SDK Name\t提供方 Provider\nA SDK\tB公司\n")
	e := Default()
	f.Fuzz(func(t *testing.T, text string) {
		checkDocSpans(t, text, e.Document(Document{Text: text}))
		// The same text with its policy words as links (Document.Links).
		var links []Link
		for _, w := range []string{"隐私政策", "Privacy Policy", "B"} {
			for i := 0; ; {
				k := strings.Index(text[i:], w)
				if k < 0 {
					break
				}
				links = append(links, Link{Start: i + k, End: i + k + len(w), URL: "https://x.example/" + w})
				i += k + len(w)
			}
		}
		checkDocSpans(t, text, e.Document(Document{Text: text, Links: links}))
	})
}

// TestSDKLinkURL checks policy links taken from the page's hyperlinks
// (Document.Links) when an entry's text holds none.
func TestSDKLinkURL(t *testing.T) {
	e := Default()
	entry := "名称：极光推送SDK\n\n开发者：深圳市和讯华谷信息技术有限公司\n\n场景：消息推送\n\n字段：设备型号"
	second := "名称：友盟统计SDK\n\n开发者：友盟同欣（北京）科技有限公司\n\n场景：统计分析\n\n字段：设备型号"
	// link marks the first occurrence of text after from as a link to href.
	type link struct {
		text string
		from int // byte offset the search starts at
		href string
	}
	tests := []struct {
		name  string
		text  string
		links []link
		want  []string // policy URL per SDK
		ends  []string // what each SDK's span ends with
	}{
		{"a policy link after the entry ends it",
			entry + "\n\n隐私政策\n\n" + second + "\n\n隐私政策",
			[]link{{"隐私政策", 0, "https://jiguang.example/privacy"}, {"隐私政策", len(entry) + 10, "https://umeng.example/privacy"}},
			[]string{"https://jiguang.example/privacy", "https://umeng.example/privacy"},
			[]string{"隐私政策", "隐私政策"}},
		{"a link in the link field",
			entry + "\n\n隐私政策：点击查看",
			[]link{{"点击查看", 0, "https://jiguang.example/privacy"}},
			[]string{"https://jiguang.example/privacy"}, []string{"点击查看"}},
		{"a link whose text ends with a link name, in brackets",
			entry + "\n\n《极光隐私政策》",
			[]link{{"极光隐私政策", 0, "https://jiguang.example/privacy"}},
			[]string{"https://jiguang.example/privacy"}, []string{"极光隐私政策"}},
		{"a linked name is no policy link",
			entry,
			[]link{{"极光推送SDK", 0, "https://jiguang.example/"}},
			[]string{""}, []string{"设备型号"}},
		{"a link after the entry that is no policy link ends the search",
			entry + "\n\n极光官网\n\n隐私政策",
			[]link{{"极光官网", 0, "https://jiguang.example/"}, {"隐私政策", 0, "https://jiguang.example/privacy"}},
			[]string{""}, []string{"设备型号"}},
		{"a homepage link is no policy link",
			entry + "\n\n极光官网",
			[]link{{"极光官网", 0, "https://jiguang.example/"}},
			[]string{""}, []string{"设备型号"}},
		{"a relative target does not count",
			entry + "\n\n隐私政策",
			[]link{{"隐私政策", 0, "/privacy"}},
			[]string{""}, []string{"设备型号"}},
		{"text between the entry and the link",
			entry + "\n\n以上SDK的详细规则，请见我们的隐私政策",
			[]link{{"隐私政策", 0, "https://us.example/privacy"}},
			[]string{""}, []string{"设备型号"}},
		{"a URL in the text wins",
			entry + "\n\n隐私政策：https://jiguang.example/p",
			[]link{{"隐私政策", len(entry), "https://other.example/privacy"}},
			[]string{"https://jiguang.example/p"}, []string{"https://jiguang.example/p"}},
		{"English, inside the entry",
			"Google Analytics (Google LLC)\n\nPurpose: analytics\n\nPersonal Data collected: Cookies; Usage Data.\n\nPlace of processing: US – Privacy Policy",
			[]link{{"Privacy Policy", 0, "https://policies.example/privacy"}},
			[]string{"https://policies.example/privacy"}, []string{"Privacy Policy"}},
		{"English, a sentence's link",
			"Google Analytics (Google LLC)\n\nPurpose: analytics\n\nPersonal Data collected: Cookies. Place of processing: US. Find the provider's privacy policy here.",
			[]link{{"privacy policy here", 0, "https://policies.example/privacy"}},
			[]string{"https://policies.example/privacy"}, []string{"here."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := Document{Text: tc.text}
			for _, l := range tc.links {
				i := strings.Index(tc.text[l.from:], l.text)
				if i < 0 {
					t.Fatalf("link text %q not in the text", l.text)
				}
				doc.Links = append(doc.Links, Link{Start: l.from + i, End: l.from + i + len(l.text), URL: l.href})
			}
			r := e.Document(doc)
			checkDocSpans(t, tc.text, r)
			var got, ends []string
			for _, s := range r.SDKs {
				got = append(got, s.PolicyURL)
				tail := tc.text[s.Start:s.End]
				ends = append(ends, tail[max(0, len(tail)-len(tc.ends[min(len(ends), len(tc.ends)-1)])):])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("policy URLs (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.ends, ends); diff != "" {
				t.Errorf("span ends (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("links out of range or order are ignored", func(t *testing.T) {
		text := entry + "\n\n隐私政策"
		i := strings.LastIndex(text, "隐私政策")
		doc := Document{Text: text, Links: []Link{
			{Start: i, End: len(text) + 5, URL: "https://x.example/a"},
			{Start: -3, End: 2, URL: "https://x.example/b"},
			{Start: i, End: i - 1, URL: "https://x.example/c"},
			{Start: i, End: len(text), URL: "https://jiguang.example/privacy"},
			{Start: 0, End: 6, URL: "https://x.example/d"},
		}}
		r := e.Document(doc)
		checkDocSpans(t, text, r)
		if len(r.SDKs) != 1 || r.SDKs[0].PolicyURL != "https://jiguang.example/privacy" {
			t.Errorf("SDKs = %+v", r.SDKs)
		}
	})
}

// A record holds its field lines whole: a closing bracket after the link
// ("（隐私政策：https://…）") is inside it.
func TestSDKRecordHoldsItsLines(t *testing.T) {
	text := "《阿里云号码认证SDK》\n运营方：阿里云计算有限公司  用途：一键登录\n可能收集：本机号码（隐私政策：https://help.aliyun.com/p）\n\n下一段正文。"
	r := Default().Document(Document{Text: text})
	if len(r.SDKs) != 1 {
		t.Fatalf("SDKs = %+v, want one", r.SDKs)
	}
	if got := text[r.SDKs[0].Start:r.SDKs[0].End]; !strings.HasSuffix(got, "https://help.aliyun.com/p）") {
		t.Errorf("record %q does not end with its line", got)
	}
}

// A table row's cells given by the caller (Input.Cells) place its columns:
// a cell spanned from a row above is that row's cell; cells outside the
// text are ignored and the row's text is split instead.
func TestSDKGivenCells(t *testing.T) {
	text := "SDK名称\t提供方\t收集的个人信息\n微信SDK\t深圳市腾讯计算机系统有限公司\t设备型号\nQQ SDK\t网络类型\n"
	at := func(s string) Span { i := strings.Index(text, s); return Span{i, i + len(s)} }
	row := func(s string, cells ...Span) Input {
		i := strings.Index(text, s)
		return Input{Text: s, Offset: i, Label: "SDK名称 | 提供方 | 收集的个人信息", Cells: cells}
	}
	for _, tc := range []struct {
		name string
		qq   Input
		want []sdkWant
	}{
		{"spanned provider", row("QQ SDK\t网络类型", at("QQ SDK"), at("深圳市腾讯计算机系统有限公司"), at("网络类型")),
			[]sdkWant{{"微信SDK", "深圳市腾讯计算机系统有限公司", "", "设备型号", ""}, {"QQ SDK", "深圳市腾讯计算机系统有限公司", "", "网络类型", ""}}},
		{"cells outside the text", row("QQ SDK\t网络类型", at("QQ SDK"), Span{-1, 3}, at("网络类型")),
			[]sdkWant{{"微信SDK", "深圳市腾讯计算机系统有限公司", "", "设备型号", ""}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wx := row("微信SDK\t深圳市腾讯计算机系统有限公司\t设备型号", at("微信SDK"), at("深圳市腾讯计算机系统有限公司"), at("设备型号"))
			r := Default().Document(Document{Text: text, Clauses: []Input{wx, tc.qq}})
			checkDocSpans(t, text, r)
			var got []sdkWant
			for _, s := range r.SDKs {
				got = append(got, sdkWant{s.Name, s.Provider, s.PurposeText, s.DataText, s.PolicyURL})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("SDKs (-want +got):\n%s", diff)
			}
		})
	}
}

// A parts field with no value is no field, and no panic.
func TestSDKEmptyPartsField(t *testing.T) {
	for _, text := range []string{"用途及收集信息：", "微信SDK\n用途及收集信息：\n", "1. 微信SDK（用途及收集信息：）"} {
		r := Default().Document(Document{Text: text})
		checkDocSpans(t, text, r)
		Default().Clause(Input{Text: text, Owner: "sdk.wechat"})
	}
}

// A site's menu under the last entry ("隐私政策 | 关于我们") is no link row
// of that entry, while a table's link row is, with or without a URL.
func TestSDKMenuAfterList(t *testing.T) {
	for _, tc := range []struct{ name, text, last string }{
		{"menu", "友盟统计SDK\n提供方：友盟同欣（北京）科技有限公司\n收集信息：设备型号\n\n隐私政策 | 关于我们 | 联系客服", "收集信息：设备型号"},
		{"two-item menu", "友盟统计SDK\n提供方：友盟同欣（北京）科技有限公司\n收集信息：设备型号\n\n隐私政策 ｜ 关于我们", "收集信息：设备型号"},
		{"link row with URL", "友盟统计SDK\n提供方：友盟同欣（北京）科技有限公司\n收集信息：设备型号\n隐私政策 | https://www.umeng.com/p", "https://www.umeng.com/p"},
		{"table link row", "SDK名称\t友盟统计SDK\n提供方\t友盟同欣（北京）科技有限公司\n收集信息\t设备型号\n隐私政策\t详见官网", "隐私政策\t详见官网"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Default().Document(Document{Text: tc.text})
			checkDocSpans(t, tc.text, r)
			if len(r.SDKs) != 1 {
				t.Fatalf("SDKs = %+v, want one", r.SDKs)
			}
			if got := tc.text[r.SDKs[0].Start:r.SDKs[0].End]; !strings.HasSuffix(got, tc.last) {
				t.Errorf("record %q does not end with %q", got, tc.last)
			}
		})
	}
}

// A drawn-table record takes at most maxWrappedRows wrapped rows, so a
// table of thousands of them costs no more than its length.
func TestSDKWrappedRowsBounded(t *testing.T) {
	text := "+--+--+\n| 序号 | SDK名称 | 个人信息类型 |\n+--+--+\n| 1 | 微信SDK | 设 |\n" + strings.Repeat("|  |  | 备 |\n", 3*maxWrappedRows)
	r := Default().Document(Document{Text: text})
	if len(r.SDKs) != 1 {
		t.Fatalf("SDKs = %+v, want one", r.SDKs)
	}
	if got, want := r.SDKs[0].DataText, "设"+strings.Repeat("备", maxWrappedRows); got != want {
		t.Errorf("data text %q, want %q", got, want)
	}
}

// The SDKs of a combined entry keep the registry ids of their own names.
func TestSDKCombinedIDs(t *testing.T) {
	text := "华为、小米推送SDK：提供方分别为华为软件技术有限公司、北京小米移动软件有限公司；用途：推送；收集的个人信息：推送标识符\n"
	var ids []string
	for _, s := range Default().Document(Document{Text: text}).SDKs {
		ids = append(ids, s.Name+"="+s.ID)
	}
	if want := []string{"华为推送SDK=sdk.huawei_push", "小米推送SDK=sdk.mi_push"}; !slices.Equal(ids, want) {
		t.Errorf("SDKs %v, want %v", ids, want)
	}
}

// Text that only looks like the layouts of SDK lists names no SDK: a
// notice in 【】 before fields (the fields make a record named after its
// provider, as any record without a name), a heading after rows of bare
// labels.
func TestSDKLookalikes(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"【温馨提示】提供方：深圳市腾讯计算机系统有限公司；用途：用于分享；隐私政策：https://a.com/p\n", "深圳市腾讯计算机系统有限公司|深圳市腾讯计算机系统有限公司|用于分享|"},
		{"SDK名称微信开放平台SDK\n提供方深圳市腾讯计算机系统有限公司\n用途微信分享\n\n五、个人信息的存储\n", "微信开放平台SDK|深圳市腾讯计算机系统有限公司|微信分享|"},
	} {
		var got []string
		for _, s := range Default().Document(Document{Text: tt.text}).SDKs {
			got = append(got, s.Name+"|"+s.Provider+"|"+s.PurposeText+"|"+s.DataText)
		}
		if strings.Join(got, ";") != tt.want {
			t.Errorf("%q: SDKs %q, want %q", tt.text, got, tt.want)
		}
	}
}
