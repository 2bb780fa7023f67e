package extract

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// Chinese policies: the rules of practices.txt's Chinese section and the
// grammar's recipient.before_verb and object.before_verb words, read over
// one token per ideograph.

func TestTokenizeChinese(t *testing.T) {
	text := "我们收集IMEI、MAC地址。「您」的OAID"
	var got []string
	for _, tok := range tokenize(text, nil) {
		got = append(got, tok.text)
		span := text[tok.vs:tok.ve]
		if !tok.punct && strings.ToLower(span) != tok.text {
			t.Errorf("token %q has span text %q", tok.text, span)
		}
	}
	// 。 and 、 are a full stop and a comma; 「」 are dropped; Latin runs
	// stop at an ideograph.
	want := []string{"我", "们", "收", "集", "imei", ",", "mac", "地", "址", ".", "您", "的", "oaid"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens = %q, want %q", got, want)
	}
	ends := 0
	for _, tok := range tokenize(text, nil) {
		if tok.sntEnd {
			ends++
		}
	}
	if ends != 1 {
		t.Errorf("%d sentence ends, want 1 (。)", ends)
	}
}

// 。 reaches the tokenizer folded to '.' in a clause's view; before another
// ideograph it still ends a sentence, so two sentences of one clause keep
// their data apart.
func TestPracticeTwoChineseSentences(t *testing.T) {
	r := Default().Clause(Input{Text: "我们会收集您的昵称。我们会保存您的评论。"})
	var got [][]string
	for _, p := range r.Practices {
		got = append(got, append([]string{p.Action}, p.Data...))
	}
	want := [][]string{{ActionCollect, "identity.nickname"}, {ActionStore, "social.posts"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("practices = %v, want %v", got, want)
	}
}

func TestPracticeChinese(t *testing.T) {
	e := Default()
	type want struct {
		action     string
		negated    bool
		actor      string
		data       []string
		recipients []string
		condition  string
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"collect", "我们会收集您的手机号码和电子邮箱。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone", "contact.email"}, nil, ""}}},
		{"bare negator before its verb", "我们不收集您的通讯录。",
			[]want{{ActionCollect, true, ActorFirstParty, []string{"contact.address_book"}, nil, ""}}},
		{"negator across an adverb", "我们不会主动收集您的精确位置信息。",
			[]want{{ActionCollect, true, ActorFirstParty, []string{"location.precise"}, nil, ""}}},
		{"recipient before the verb", "我们不会向第三方出售您的个人信息。",
			[]want{{ActionSell, true, ActorFirstParty, []string{"personal"}, []string{"third_party"}, ""}}},
		{"passive denial", "您的个人信息不会被出售给任何第三方。",
			[]want{{ActionSell, true, ActorFirstParty, []string{"personal"}, []string{"third_party"}, ""}}},
		{"object before the verb", "我们不会将您的个人信息传输至境外。",
			[]want{{ActionTransferAbroad, true, ActorFirstParty, []string{"personal"}, nil, ""}}},
		{"exception before the denial", "未经您的同意，我们不会向第三方共享您的个人信息。",
			[]want{
				{ActionShare, false, ActorFirstParty, []string{"personal"}, []string{"third_party"}, "consent"},
				{ActionShare, true, ActorFirstParty, []string{"personal"}, []string{"third_party"}, ""},
			}},
		{"exception after the denial", "我们不会收集您的身份证号码，除非获得您的同意。",
			[]want{
				{ActionCollect, false, ActorFirstParty, []string{"identity.government_id"}, nil, "consent"},
				{ActionCollect, true, ActorFirstParty, []string{"identity.government_id"}, nil, ""},
			}},
		{"a denial by two subjects, with an exception", "我们和合作伙伴不会收集您的身份证号码，除非获得您的同意。",
			[]want{
				{ActionCollect, false, ActorThirdParty, []string{"identity.government_id"}, []string{"partner"}, "consent"},
				{ActionCollect, true, ActorThirdParty, []string{"identity.government_id"}, []string{"partner"}, ""},
				{ActionCollect, false, ActorFirstParty, []string{"identity.government_id"}, nil, "consent"},
				{ActionCollect, true, ActorFirstParty, []string{"identity.government_id"}, nil, ""},
			}},
		{"exceptions listed after the denial", "我们不会与任何第三方共享您的个人信息，但以下情况除外：",
			[]want{
				{ActionShare, false, ActorFirstParty, []string{"personal"}, []string{"third_party"}, "exception"},
				{ActionShare, true, ActorFirstParty, []string{"personal"}, []string{"third_party"}, ""},
			}},
		{"source before the verb", "我们会从第三方获取您的昵称。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"identity.nickname"}, nil, ""}}},
		{"third-party actor", "我们的合作伙伴可能会收集您的设备标识符。",
			[]want{{ActionCollect, false, ActorThirdParty, []string{"identifier.device"}, []string{"partner"}, ""}}},
		{"legal disclosure", "根据法律法规的要求，我们可能会向司法机关披露您的个人信息。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"personal"}, []string{"government"}, "legal"}}},
		{"the user fills in", "注册时，您需要填写昵称。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"identity.nickname"}, nil, ""}}},
		{"an upload", "录制的视频将上传至我们的服务器。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"media.video"}, nil, ""}}},
		{"data the user authorised", "我们将获取您授权的昵称和头像。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"identity.nickname", "identity.photo"}, nil, "consent"}}},
		{"consent obtained, no data", "获得您的明确同意后，我们会共享您的个人信息。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"personal"}, nil, "consent"}}},
		{"the user provides", "您提供的手机号码将用于账号登录。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"the user in a relative clause", "您发布的照片会保存在我们的服务器上。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"media.photo"}, nil, ""}}},
		{"the user in a phrase of measure", "视频按您购买的套餐周期保存。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"media.video"}, nil, ""}}},
		{"a possessive is no relative clause", "您可以在“我的-设置”中删除您的搜索记录。", nil},
		{"a two-character possessor", "您可以根据自己的偏好删除Cookie。", nil},
		{"a heading that asks", "我们如何收集和使用您的个人信息", nil},
		{"a heading that lists", "一、我们收集哪些信息", nil},
		{"记录 as a noun", "我们会依据违规记录计算信用分。", nil},
		{"记录 as a verb", "我们会记录您的浏览记录。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"usage.browsing_history"}, nil, ""}}},
		{"a negation before an unnamed recipient", "我们不向境外的组织或个人提供个人信息。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"personal"}, nil, ""}}},
		// Someone no registry knows who sees what we show receives it.
		{"a viewer noun", "家长可以查看学生的消费记录。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"financial.transaction"}, nil, ""}}},
		{"a viewer who cannot see", "关怀人无法查看您的录音片段。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"media.audio"}, nil, ""}}},
		{"the viewer of the part before", "维修人员仅能看到您的联系电话，无法看到您的学号。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"contact.phone"}, nil, ""},
				{ActionShare, true, ActorFirstParty, []string{"account.user_id"}, nil, ""}}},
		{"the viewer of the part before, after 但", "家长可以查看学生的手机号码，但看不到学生的位置信息。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"contact.phone"}, nil, ""},
				{ActionShare, true, ActorFirstParty, []string{"location"}, nil, ""}}},
		// A 除…外 frame leaves something out of the denial after it: both
		// are reported, as with 除非.
		{"a 除…外 frame", "除上述情形外，我们不会保存您的手机号码。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"contact.phone"}, nil, "exception"},
				{ActionStore, true, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"除此之外", "除此之外，我们不会保存您的手机号码。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"contact.phone"}, nil, "exception"},
				{ActionStore, true, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"a 除…外 frame qualifies the first verb after it only", "除您主动删除外，我们将一直保存您的手机号码，我们不会出售您的手机号码。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"contact.phone"}, nil, ""},
				{ActionSell, true, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"our own staff see for us", "我们的售后工程师仅能看到您的设备型号。", nil},
		{"an article's statement: an actor, then a modal", "第五条 我们不会出售。",
			[]want{{ActionSell, true, ActorFirstParty, nil, nil, ""}}},
		{"handing back to the user shares nothing", "我们会将您的手机号码返回给您。", nil},
		{"the 除 of 删除 opens no frame", "删除账号外，我们不会保存您的手机号码。",
			[]want{{ActionDelete, false, ActorFirstParty, []string{"contact.phone"}, nil, ""},
				{ActionStore, true, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"handing data back to us", "运营商会将您的本机号码返回给我们。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""},
				{ActionShare, false, ActorThirdParty, []string{"contact.phone"}, nil, ""}}},
		{"the one who sells is no selling", "我们会收集出售人的身份证号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"identity.government_id"}, nil, ""}}},
		{"a viewer right before its verb", "团长看不到您的手机号码。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"what the user records, the app collects", "您可以记录体重、血压和胎动次数。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"health.body"}, nil, ""}}},
		{"what the user adds", "您可以补充您的电子邮箱地址。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.email"}, nil, ""}}},
		{"showing in a public place", "我们不会在社区中展示您的真实姓名。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"identity.name"}, nil, ""}}},
		{"showing on the user's own page", "我们会在订单页面展示您的手机号码。", nil},
		{"the user sees", "您可以查看您的订单信息。", nil},
		{"our staff look", "我们的工作人员不会查看您的聊天记录。", nil},
		{"a verb of seeing with no viewer is no trigger", "未经您的授权，我们不会查看或向任何人提供您存储的文件。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"media.files"}, nil, "consent"},
				{ActionShare, true, ActorFirstParty, []string{"media.files"}, nil, ""}}},
		{"data inside an item of measures", "我们采用敏感字段加密存储、操作日志审计等措施保护您的个人信息。", nil},
		{"a verb alone between 在 and 时", "身份证号码在存储时单独加密。", nil},
		{"a negation before another 向 is not the giving's", "我们不向民宿收费并且只会向民宿提供您的姓名。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"identity.name"}, nil, ""}}},
		{"记录 and a verb no rule knows, with its object", "我们会记录和统计您的浏览记录。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"usage.browsing_history"}, nil, ""}}},
		{"a viewer noun before another noun is no subject", "通过主播主页可查看您的打赏记录。", nil},
		{"a viewer noun before an obligation", "家长需要查看并同意本政策。", nil},
		{"a form of address, real-name registration, payout records", "我们会保存您的称呼、实名登记信息和打款记录。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"identity.name", "identity", "financial.transaction"}, nil, ""}}},
		{"records of donations, passes and loans", "我们会保存您的捐赠记录、门禁记录和借阅历史。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"financial.transaction", "usage.log", "usage.viewing"}, nil, ""}}},
		{"a consultation record is medical", "我们会向医生提供您的问诊记录。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"health.medical"}, nil, ""}}},
		{"记录 as a noun in a list", "我们会保存违规记录和订单记录。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"financial.transaction"}, nil, ""}}},
		{"记录 as a noun before a list comma", "我们会保存违规记录、订单记录。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"financial.transaction"}, nil, ""}}},
		{"记录 and another verb", "我们会记录和分析您的浏览行为。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"usage.browsing_history"}, nil, ""}}},
		{"stopping denies", "关闭后我们将停止获取您的位置信息。",
			[]want{{ActionCollect, true, ActorFirstParty, []string{"location"}, nil, ""}}},
		{"syncing from a device", "我们会同步您的心率数据。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"health.heart_rate"}, nil, ""}}},
		{"syncing for the user", "您可以在多台设备间同步。", nil},
		{"a permission item", "位置权限：用于查找附近网点。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"location"}, nil, ""}}},
		{"a permission named in a sentence", "我们会申请麦克风权限。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"media.audio"}, nil, ""}}},
		{"a permission that names no data", "蓝牙权限：用于与车锁通信。", nil},
		{"tracking, denied through the verb before it", "我们不会利用Cookie追踪您的浏览记录。",
			[]want{{ActionCollect, true, ActorFirstParty, []string{"usage.browsing_history"}, nil, ""}}},
		{"recording", "我们不会录制您的通话内容。",
			[]want{{ActionCollect, true, ActorFirstParty, []string{"communication.voice"}, nil, ""}}},
		{"extracting features", "我们会从照片中提取人脸特征。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"media.photo", "biometric.face"}, nil, ""}}},
		{"sent to a party", "我们会将您的语音信息发送至科大讯飞。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"communication.voice"}, []string{"org.iflytek"}, ""}}},
		{"sent to our servers", "我们会将您的手机号码发送到云端服务器。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"a list of measures", "我们采用传输加密、存储加密、访问控制等安全措施保护您的个人信息。", nil},
		{"an affirmation after a denial and a breaker", "我们不会收集您的位置信息，但会收集您的设备型号。",
			[]want{
				{ActionCollect, true, ActorFirstParty, []string{"location"}, nil, ""},
				{ActionCollect, false, ActorFirstParty, []string{"device.model"}, nil, ""},
			}},
		{"only something that is no data is kept", "我们不会保存您的人脸图像，仅保存核验结果。",
			[]want{{ActionStore, true, ActorFirstParty, []string{"biometric.face"}, nil, ""}}},
		{"nouns after 的", "个人信息的共享、转让与公开披露", nil},
		{"a list of data ending in 等技术信息", "我们会收集您的设备型号、操作系统等技术信息。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"device.model", "device.os"}, nil, ""}}},
		{"a subject after 发现", "发现异常后我们会收集您的设备信息。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"device"}, nil, ""}}},
		{"consent not needed in another part", "为保障账号安全，我们会收集您的设备信息，此项处理无需征得您的同意。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"device"}, nil, ""}}},
		{"another party's place", "我们会将您的设备信息传输至第三方云端。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"device"}, []string{"third_party"}, ""}}},
		{"a named party's place", "我们会将您的设备信息传输至阿里云的云服务器。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"device"}, []string{"sdk.alibaba_cloud"}, ""}}},
		{"a course video is no data", "我们会记录您观看课程视频的进度。", nil},
		{"made public", "我们不会公开您的手机号码。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"a denial of the topic", "指纹信息仅保存在您的设备中，不会上传至我们的服务器。",
			[]want{
				{ActionStore, false, ActorFirstParty, []string{"biometric.fingerprint"}, nil, ""},
				{ActionCollect, true, ActorFirstParty, []string{"biometric.fingerprint"}, nil, ""},
			}},
		{"a denial of the object before it", "我们会收集您的位置信息，但不会出售。",
			[]want{
				{ActionCollect, false, ActorFirstParty, []string{"location"}, nil, ""},
				{ActionSell, true, ActorFirstParty, []string{"location"}, nil, ""},
			}},
		{"data that does not leave the device", "离线模式下音频不会离开您的设备。",
			[]want{{ActionCollect, true, ActorFirstParty, []string{"media.audio"}, nil, ""}}},
		{"a lapsed period is no storing", "超出保存期限后，我们会删除您的个人信息。",
			[]want{{ActionDelete, false, ActorFirstParty, []string{"personal"}, nil, ""}}},
		{"a memory card is no storing", "录像仅保存在摄像机内的存储卡中。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"media.video"}, nil, ""}}},
		{"a recipient past a long name", "我们不会与心语以外的任何第三方共享您的手机号码。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"contact.phone"}, []string{"third_party"}, ""}}},
		{"a subject after a relative clause", "向您提供服务的第三方SDK会收集您的设备型号。",
			[]want{{ActionCollect, false, ActorThirdParty, []string{"device.model"}, nil, ""}}},
		{"a negation across a long recipient", "我们不会向云联通信集团以外的任何公司、组织和个人共享您的个人信息。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"personal"}, nil, ""}}},
		{"the lead of the legal bases", "在以下情形中，我们可能会共享、转让您的个人信息，而无需事先征得您的授权同意：", nil},
		{"what may be found, a third party's", "如我们发现第三方SDK违规收集您的个人信息，会立即停止接入。", nil},
		{"an adjective before 的", "我们会对您的个人信息进行严格的保存。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"personal"}, nil, ""}}},
		{"an affirmation after a breaker with no data of its own", "我们不会共享您的手机号码，但经您同意后我们会共享。",
			[]want{
				{ActionShare, true, ActorFirstParty, []string{"contact.phone"}, nil, "consent"},
				{ActionShare, false, ActorFirstParty, []string{"contact.phone"}, nil, "consent"},
			}},
		{"kept elsewhere, not borrowed", "我们不会在服务器上保存您的人脸图像，只会在本地保存。",
			[]want{
				{ActionStore, true, ActorFirstParty, []string{"biometric.face"}, nil, ""},
				{ActionStore, false, ActorFirstParty, []string{"biometric.face"}, nil, ""},
			}},
		{"the carrier's name", "我们会获取您的运营商名称和用户信息。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"network.carrier", "personal"}, nil, ""}}},
		{"a liveness check", "我们会采集您的活体检测数据。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"biometric.face"}, nil, ""}}},
		{"a verb after 的 with an object", "您可以选择是否允许我们的收集您的位置信息。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"location"}, nil, ""}}},
		{"a party in a phrase opened by 按", "我们会按行政、司法机关的要求对外共享您的个人信息。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"personal"}, nil, "legal"}}},
		{"registering with data", "您可以使用手机号码和短信验证码注册并登录。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone", "account.verification_code"}, nil, ""}}},
		{"setting data", "您也可以为账号设置登录密码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"account.password"}, nil, ""}}},
		{"settings are no data", "您可以在系统设置中随时关闭定位权限。", nil},
		{"setting data as something", "您可以将简历设置为隐藏。", nil},
		{"a denied request to provide", "我们不会要求您提供身份证号码。",
			[]want{{ActionCollect, true, ActorFirstParty, []string{"identity.government_id"}, nil, ""}}},
		{"what may be found", "如我们发现误收集了儿童的个人信息，会尽快删除。",
			[]want{{ActionDelete, false, ActorFirstParty, []string{"personal"}, nil, ""}}},
		{"entrusting a processor", "我们会委托第三方提供客服服务。",
			[]want{{ActionShare, false, ActorFirstParty, nil, []string{"third_party"}, ""}}},
		{"entrusting the user with nothing", "我们会委托您确认。", nil},
		{"given to us: we collect, the giver shares", "合作方会将您的本机号码提供给我们。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""},
				{ActionShare, false, ActorThirdParty, []string{"contact.phone"}, nil, ""}}},
		{"a recording", "本行会对通话进行录音。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"communication.voice", "media.audio"}, nil, ""}}},
		{"the user in a clause closed by 时", "您拨打客服电话时，通话将被录音。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"communication.voice", "media.audio"}, nil, ""}}},
		{"the user's subject carried over", "您注册账号时，需要提供手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"a denial across a long recipient", "我们不会与星澜以外的任何公司、组织和个人共享您的照片。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"media.photo"}, nil, ""}}},
		{"无法 denies", "我们无法获取您的银行卡信息。",
			[]want{{ActionCollect, true, ActorFirstParty, []string{"financial.bank_card"}, nil, ""}}},
		{"出境 is a transfer abroad", "您的个人信息不出境。",
			[]want{{ActionTransferAbroad, true, ActorFirstParty, []string{"personal"}, nil, ""}}},
		{"a relative clause on the subject", "我们在境内收集和产生的个人信息，存储在中国境内。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"personal"}, nil, ""}}},
		{"a noun before 的 is the object's", "我们会读取手机的加速度传感器数据。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"device.sensor"}, nil, ""}}},
		{"a table row's cells", "微信开放平台SDK\t微信登录与分享\t设备型号、网络类型", nil},
		{"a shared bike", "共享单车的开锁需要蓝牙。", nil},
		{"the two parties of a sale", "买卖双方可通过站内消息沟通。", nil},
		{"a source is no recipient", "我们会显示从合作方获取的商品评价。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"social.posts"}, nil, ""}}},
		{"a character that folds into several", "我们会记录㍿您的位置信息。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"location"}, nil, ""}}},
		{"a trigger inside a title", "我们已通过《数据出境安全评估办法》规定的评估。", nil},
		{"a plain-text row's next cell", "微信登录与分享 | 设备型号 | https://weixin.qq.com", nil},
		{"a third party before a clause closed by 时", "第三方SDK在您使用相关功能时，会收集您的设备型号。",
			[]want{{ActionCollect, false, ActorThirdParty, []string{"device.model"}, nil, ""}}},
		{"an instruction ends at its comma", "请注意，您的位置信息将被收集。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"location"}, nil, ""}}},
		{"an instruction not to provide", "请勿向他人提供您的手机号码。", nil},
		{"无论如何 asks nothing", "无论如何，我们都不会出售您的个人信息。",
			[]want{{ActionSell, true, ActorFirstParty, []string{"personal"}, nil, ""}}},
		{"a question after a comma", "我们会收集您的位置信息，您可以在设置中了解如何关闭。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"location"}, nil, ""}}},
		{"a trip abroad", "为办理出境签证，我们会收集您的护照号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"identity.passport"}, nil, ""}}},
		{"an upload to another platform", "您可以将照片上传至微信朋友圈。", nil},
		{"the user asked to provide", "请您提供手机号码以完成注册。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"an instruction whose verb has its own subject", "请允许我们收集您的位置信息。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"location"}, nil, ""}}},
		{"an upload to another platform at the end", "您可以将照片上传至微信", nil},
		{"a question before a comma", "您可以在设置中了解如何关闭定位，我们仍会收集您的设备型号。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"device.model"}, nil, ""}}},
		{"a passive denial inside a parenthesis", "我们会收集设备信息（IMEI不会被收集）、设备型号。",
			[]want{
				{ActionCollect, false, ActorFirstParty, []string{"identifier.device.imei", "device.model"}, nil, ""},
				{ActionCollect, true, ActorFirstParty, []string{"identifier.device.imei"}, nil, ""},
			}},
		{"the input method", "您可以使用输入法搜索。", nil},
		{"不 opening another word", "我们在不同的场景下收集您的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"未 opening another word", "我们会收集未成年人的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"提供 with a recipient before it", "我们不会向第三方提供您的个人信息。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"personal"}, []string{"third_party"}, ""}}},
		{"reserving a right keeps nothing", "我们保留修改本政策的权利。", nil},
		{"the recipient of another verb", "我们向合作伙伴收集设备信息，并提供您的设备信息给用户。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"device"}, nil, ""}}},
		{"a field label is no practice", "使用目的：统计分析", nil},
		{"a denial over a list of verbs", "我们不会收集或保存您的银行卡号。",
			[]want{{ActionCollect, true, ActorFirstParty, []string{"financial.bank_card"}, nil, ""},
				{ActionStore, true, ActorFirstParty, []string{"financial.bank_card"}, nil, ""}}},
		{"与 names the recipient", "我们会与关联公司共享您的账号信息。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"account"}, []string{"affiliate"}, ""}}},
		{"为您 makes the user no subject", "我们会收集您的手机号码，以便为您提供服务。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"分享 as the user's feature", "您可以将日记分享至微信。", nil},
		{"分享 of data", "我们不会与第三方分享您的个人信息。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"personal"}, []string{"third_party"}, ""}}},
		{"the user's party is no actor", "我们会从微信获取您的微信昵称，并向其他用户展示。",
			[]want{
				{ActionCollect, false, ActorFirstParty, []string{"identity.nickname"}, nil, ""},
				{ActionShare, false, ActorFirstParty, []string{"identity.nickname"}, []string{"public"}, ""},
			}},
		{"shown to others", "您的昵称默认向所有用户公开。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"identity.nickname"}, []string{"public"}, ""}}},
		{"seen by others", "您发布的评论会被其他用户看到。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"social.posts"}, []string{"public"}, ""}}},
		{"shown to the user", "我们会向您展示个性化广告。", nil},
		{"a denial past a modifying verb", "合作伙伴无权将共享的个人信息出售给他人。",
			[]want{{ActionSell, true, ActorThirdParty, []string{"personal"}, []string{"partner"}, ""}}},
		{"a final 的 modifies nothing", "您的位置信息不会被共享的。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"location"}, nil, ""}}},
		{"适用于 is no use", "本政策适用于本应用。", nil},
		{"申请 of data", "我们不会申请您的通讯录权限。",
			[]want{{ActionCollect, true, ActorFirstParty, []string{"contact.address_book"}, nil, ""}}},
		{"申请 of no data", "您可以申请注销账号。", nil},
		{"obtaining consent collects nothing", "在获取您明确同意后，我们会共享您的手机号码。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"contact.phone"}, nil, "consent"}}},
		{"a modifying verb is part of the object", "我们会向广告合作伙伴提供经过去标识化处理的设备信息。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"device"}, []string{"advertiser"}, "anonymized"}}},
		{"将 as will", "我们将收集的个人信息包括您的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"personal", "contact.phone"}, nil, ""}}},
		{"委托 entrusts a processor", "我们会委托服务商处理您的个人信息。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"personal"}, []string{"service_provider"}, ""}}},
		{"委托 with the object before it", "我们不会将您的手机号码委托他人处理。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"本行 inside 本行业", "合作伙伴依据本行业规范收集您的设备信息。",
			[]want{{ActionCollect, false, ActorThirdParty, []string{"device"}, []string{"partner"}, ""}}},
		{"two subjects joined by 与", "我们与合作伙伴会收集您的设备信息。",
			[]want{{ActionCollect, false, ActorThirdParty, []string{"device"}, []string{"partner"}, ""},
				{ActionCollect, false, ActorFirstParty, []string{"device"}, nil, ""}}},
		{"acting on data uses it", "我们不会基于您的健康数据向您推送商业广告。",
			nil}, // a use (checked in TestPracticeBasisChinese), no other practice
		{"根据 the law uses no data", "根据法律法规的要求，我们会保存您的交易记录。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"financial.transaction"}, nil, "legal"}}},
		{"consent after the data", "我们会读取相册（经您同意后）。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"media.photo"}, nil, "consent"}}},
		{"a run-in heading", "共享。", nil},
		{"a run-in heading after an article number", "第二十七条 公开披露。", nil},
		{"an article's heading naming a party", "第十三条 提交给慈善组织的材料。", nil},
		{"an article's heading naming an actor", "第3条 我们收集的信息。", nil},
		{"an article's sentence naming data", "第三条 我们会收集您的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"anonymising deletes", "我们会对您的个人信息进行匿名化处理。",
			[]want{{ActionDelete, false, ActorFirstParty, []string{"personal"}, nil, ""}}},
		{"showing to other users shares", "我们会向其他用户展示您的昵称。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"identity.nickname"}, []string{"public"}, ""}}},
		{"showing to the user shares nothing", "我们会向您展示个性化广告。", nil},
		{"the user receives", "如您不希望接收推送通知，可以在设置中关闭。", nil},
		// The denied use is skipped by this table; 委托 after it is a noun.
		{"a verb before the object's own verb", "受托方不得将您的个人信息用于委托范围以外的用途。", nil},
		{"a trigger inside a data name", "我们会保存您的聊天记录。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"communication.content"}, nil, ""}}},
		{"the user acts", "您可以随时删除您的搜索记录。", nil},
		{"a giver shares what we collect, not what we deny", "合作方会向我们提供您的设备型号，我们不会收集您的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"device.model"}, nil, ""},
				{ActionShare, false, ActorThirdParty, []string{"device.model"}, nil, ""},
				{ActionCollect, true, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"we receive only right before the verb", "我们会将您向我们提供的手机号码共享给合作方。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"contact.phone"}, []string{"partner"}, ""}}},
		{"we receive only in the verb's part", "向我们投诉时，我们可能披露您的手机号码。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"all users include the user", "所有用户都需要提供手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"disclosing a visitor's number names no recipient", "我们不会披露访客的手机号码。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"a denial leaves the data of an earlier part alone", "我们会收集您的手机号码，商家可以看到您的昵称，但看不到您的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone", "identity.nickname"}, nil, ""},
				{ActionShare, false, ActorFirstParty, []string{"identity.nickname"}, []string{"third_party"}, ""},
				{ActionShare, true, ActorFirstParty, []string{"contact.phone"}, []string{"third_party"}, ""}}},
		{"the user's own delegate acts on its own", "您委托的第三方会收集您的手机号码。",
			[]want{{ActionCollect, false, ActorThirdParty, []string{"contact.phone"}, []string{"third_party"}, ""}}},
		{"trading securities sells no data", "当您委托买卖证券时，我们会记录您的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"buying or selling data", "我们不会买卖您的个人信息。",
			[]want{{ActionSell, true, ActorFirstParty, []string{"personal"}, nil, ""}}},
		{"a record that is a noun before data", "违规记录每月汇总一次并寄往您的收货地址。", nil},
		{"a processor acts for us", "我们会委托阿里云计算有限公司存储您的手机号码。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"contact.phone"}, []string{"sdk.alibaba_cloud"}, ""},
				{ActionStore, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"a third party gives us data: we collect, it shares", "合作方会向我们提供您的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""},
				{ActionShare, false, ActorThirdParty, []string{"contact.phone"}, nil, ""}}},
		{"someone else gives us data: no sharing of ours", "如果儿童向我们提供了个人信息，请联系我们。", nil},
		{"reported to an authority", "我们会将您的姓名报送至登记结算机构。我们会向监管部门报送您的手机号码。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"identity.name"}, nil, ""},
				{ActionShare, false, ActorFirstParty, []string{"contact.phone"}, []string{"government"}, "legal"}}},
		{"a party right after a giving verb receives", "我们提供给第三方的个人信息仅包括您的手机号码。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"personal", "contact.phone"}, []string{"third_party"}, ""}}},
		{"a party after a giving verb and 给 receives", "我们共享给合作伙伴的个人信息仅限于您的手机号码。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"personal", "contact.phone"}, []string{"partner"}, ""}}},
		{"we as an independent handler are still we", "我们作为独立的个人信息处理者，会收集您的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"a handler is no processing", "受托的处理者将获得您的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"a denial after an affirmation leaves it the topic", "您的订单信息我们会提供给商家，包括您的收货地址，但不会提供给其他第三方。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"financial.transaction", "contact.postal_address"}, []string{"third_party"}, ""},
				{ActionShare, true, ActorFirstParty, []string{"financial.transaction"}, []string{"third_party"}, ""}}},
		{"other users see: the party, not the user", "其他用户可以看到您的昵称，但看不到您的手机号码。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"identity.nickname"}, []string{"public"}, ""},
				{ActionShare, true, ActorFirstParty, []string{"contact.phone"}, []string{"public"}, ""}}},
		{"shown to the user", "我们会根据您的位置信息调整展示给您的广告。", nil},
		{"a record that is a noun", "违规记录将保存三年。",
			[]want{{ActionStore, false, ActorFirstParty, nil, nil, ""}}},
		{"an independent handler, whatever its name", "驾校作为独立的个人信息处理者，会按照规定保存您的驾驶证号码。",
			[]want{{ActionStore, false, ActorThirdParty, []string{"identity.driver_license"}, nil, ""}}},
		{"a party that owns the data is no actor", "我们绝不会将访客的手机号码用于营销推广，也不会共享您与其他用户之间的私信内容。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"communication.content"}, nil, ""}}},
		{"shown to others named after the verb", "您的评论会展示给其他观众。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"social.posts"}, []string{"public"}, ""}}},
		{"shown to the user", "我们会将推荐内容展示给您。", nil},
		{"what a third party sees, we share", "直播间的观众能够看到您的昵称。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"identity.nickname"}, []string{"public"}, ""}}},
		{"what the user sees, nobody shares", "您可以看到您的订单信息。", nil},
		{"seen by others after a marker", "您的昵称会被其他用户看到。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"identity.nickname"}, []string{"public"}, ""}}},
		{"cannot see, and an affirmation keeps its own data", "合作商户只能看到汇总数据，看不到您的手机号码。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"nonpersonal.aggregate"}, []string{"partner"}, ""},
				{ActionShare, true, ActorFirstParty, []string{"contact.phone"}, []string{"partner"}, ""}}},
		{"a handler is no data and no processing", "我们作为个人信息处理者，会收集您的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		// A run-in label names the topic of the statement after it.
		{"a run-in label before a denial", "出售：我们不会以任何形式出售您的个人信息。",
			[]want{{ActionSell, true, ActorFirstParty, []string{"personal"}, nil, ""}}},
		{"a run-in label before the user's doing", "删除：您可以自行删除已添加的车辆。", nil},
		{"a run-in label with data is a statement", "剪贴板读取：仅在您开启该功能后，用于识别文字。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"device.clipboard"}, nil, ""}}},
		{"a label before bare data", "收集：设备型号、IP地址",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"device.model", "network.ip_address"}, nil, ""}}},
		{"a label before data and a purpose", "收集：设备型号、IP地址，用于安全风控。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"device.model", "network.ip_address"}, nil, ""}}},
		{"a label before another action", "共享：为完成配送，您的收货地址将提供给物流公司。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"contact.postal_address"}, []string{"logistics"}, ""}}},
		{"a lead-in with an actor is no label", "我们收集：您的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		// 向 names a recipient the registry need not know.
		{"an unnamed recipient after 向", "我们会向民宿提供您的姓名和手机号码。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"identity.name", "contact.phone"}, nil, ""}}},
		{"a denied unnamed recipient", "我们不会向停车场运营方提供您的姓名。",
			[]want{{ActionShare, true, ActorFirstParty, []string{"identity.name"}, nil, ""}}},
		{"向您提供 gives to the user", "我们会向您提供您的个人信息副本。", nil},
		{"向服务器提供 gives to our own place", "我们会向服务器提供您的设备型号以完成验证。", nil},
		{"向您的设备 is the user's", "我们会向您的设备展示您的位置信息。", nil},
		{"another party's server receives", "我们会向民宿的服务器提供您的姓名。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"identity.name"}, nil, ""}}},
		{"对 marks no recipient", "我们会对您的个人信息提供安全保护。", nil},
		{"向 in another part of the sentence", "我们向民宿确认后，提供您的姓名。", nil},
		// An agentless passive is ours, whatever company an earlier part
		// named as an object.
		{"an agentless passive after a company as an object", "部分语种的识别会调用百度智能云的服务，识别结果会被传输至百度智能云。",
			[]want{{ActionShare, false, ActorFirstParty, nil, []string{"org.baidu"}, ""}}},
		{"调用 a service collects nothing", "我们会调用地图服务商的接口。", nil},
		{"a passive after a third party as the subject", "微信SDK在运行时，您的设备信息会被收集。",
			[]want{{ActionCollect, false, ActorThirdParty, []string{"device"}, nil, ""}}},
		{"a passive after the user as the subject", "您可以解绑设备，解绑后该设备的云端录像将被删除。",
			[]want{{ActionDelete, false, ActorFirstParty, []string{"media.video"}, nil, ""}}},
		{"a passive with its agent", "百度智能云会提供识别服务，您的手机号码会被百度智能云获取。",
			[]want{{ActionCollect, false, ActorThirdParty, []string{"contact.phone"}, []string{"org.baidu"}, ""}}},
		// A verb right after the user in a clause 在 opens is the user's.
		{"the user's verb in an embedded clause", "您的评论在您删除评论前保存。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"social.posts"}, nil, ""}}},
		{"our verb after an embedded clause", "我们会在您授权后收集您的位置信息。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"location"}, nil, "consent"}}},
		{"同步给 another party", "我们会将您的订单号同步给车队管理员。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"financial.transaction"}, nil, ""}}},
		// The agent of a passive acts.
		{"a passive's agent after 被", "您的位置信息会被第三方收集。",
			[]want{{ActionCollect, false, ActorThirdParty, []string{"location"}, []string{"third_party"}, ""}}},
		{"直接收集 holds no 接收", "您的信息由第三方直接收集。",
			[]want{{ActionCollect, false, ActorThirdParty, []string{"personal"}, []string{"third_party"}, ""}}},
		{"a named company after 您的", "您的支付账户信息由支付宝直接收集。",
			[]want{{ActionCollect, false, ActorThirdParty, []string{"financial.payment_account"}, []string{"sdk.alipay"}, ""}}},
		// Giving on demand or by law, showing on a page.
		{"提供 on demand", "依据法律法规或有权机关的要求提供。",
			[]want{{ActionShare, false, ActorFirstParty, nil, nil, "legal"}}},
		{"依法提供", "我们会依法提供涉案账号的注册信息。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"account"}, nil, ""}}},
		{"the user's demand", "根据您的要求提供相应的服务。", nil},
		{"shown on a page", "您的昵称和头像会展示在分享页面上。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"identity.nickname", "identity.photo"}, nil, ""}}},
		{"shown on the user's screen", "通知会显示在您的手机屏幕上。", nil},
		// A list of verbs alone names topics.
		{"a heading listing verbs", "【四】委托处理、共享、转让和公开披露", nil},
		{"listed verbs with data", "我们会收集、使用您的手机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
		{"listed verbs denied", "识别完成后不会被保存或上传。",
			[]want{{ActionStore, true, ActorFirstParty, nil, nil, ""}, {ActionCollect, true, ActorFirstParty, nil, nil, ""}}},
		// 由 names an agent, known or not.
		{"an unknown agent after 由", "您的病历由合作诊所依照医疗管理规定保存。",
			[]want{{ActionStore, false, ActorThirdParty, []string{"health.medical"}, nil, ""}}},
		{"由 before us", "您的信息由我们保存。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"personal"}, nil, ""}}},
		{"由于 is no agent", "由于技术原因，我们会保存您的日志信息。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"usage.log"}, nil, ""}}},
		{"理由 is no agent", "我们会记录理由并保存您的日志信息。",
			[]want{{ActionStore, false, ActorFirstParty, []string{"usage.log"}, nil, ""}}},
		// A list of recipients is read from where it starts.
		{"a list of recipients after 与", "我们会与合作互联网医院、顺丰、医疗保障部门和监测机构共享您的姓名。",
			[]want{{ActionShare, false, ActorFirstParty, []string{"identity.name"}, []string{"third_party", "org.sf_express"}, ""}}},
		{"a list of companies after 通过", "我们会通过中国移动、中国联通、中国电信提供的认证服务获取您的本机号码。",
			[]want{{ActionCollect, false, ActorFirstParty, []string{"contact.phone"}, nil, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.Clause(Input{Text: tt.text})
			var got []want
			for _, p := range r.Practices {
				if p.Start < 0 || p.End > len(tt.text) || p.Start >= p.End {
					t.Fatalf("span [%d,%d) outside the clause", p.Start, p.End)
				}
				if p.Action == ActionUse {
					continue // 用于 "used for" is a use beside the main verb
				}
				got = append(got, want{p.Action, p.Negated, p.Actor, p.Data, p.Recipients, p.Condition})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("practices = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// A list item under a Chinese lead-in restates its practice, like an
// English one: the item opens with its data after 您的.
func TestPracticeListedChinese(t *testing.T) {
	e := Default()
	collected := []Practice{{Action: ActionCollect, Actor: ActorFirstParty}}
	for _, tt := range []struct {
		text string
		data []string
	}{
		{"您的手机号码和电子邮箱地址；", []string{"contact.phone", "contact.email"}},
		{"精确位置信息。", []string{"location.precise"}},
		{"Cookie是一种小型文本文件。", nil},
		{"指纹信息；", []string{"biometric.fingerprint"}}, // 指 opens 指纹, no definition
	} {
		r := e.Clause(Input{Text: tt.text, Depth: 1, LeadIn: collected})
		var got []string
		for _, p := range r.Practices {
			got = append(got, p.Data...)
		}
		if !reflect.DeepEqual(got, tt.data) {
			t.Errorf("%s: data %q, want %q", tt.text, got, tt.data)
		}
	}
}

// 处理 ("process", but also "handle") is a use only with data after it.
// 用于 after a giving verb states the giving's purpose, unless a part of
// its own puts the object first with 将 (也不会将其用于…): then it is a use;
// 用于…的 before data tells the data's purpose.
func TestPracticeUseAfterGivingChinese(t *testing.T) {
	e := Default()
	for _, tt := range []struct {
		text string
		uses int
	}{
		{"我们会将您的车牌号码提供给停车场，用于减免停车费。", 0},
		{"我们不会出售您的个人信息，也不会将其用于商业营销。", 1},
		{"我们会将您的订单信息提供给商家，用于售后服务。", 0},
		{"您需要提供用于接收提醒的手机号码。", 0}, // the data's purpose, told with it
		{"我们收集您的位置信息，用于推荐附近的门店。", 1},
	} {
		if uses := countUses(e, tt.text); uses != tt.uses {
			t.Errorf("%s: %d uses, want %d", tt.text, uses, tt.uses)
		}
	}
}

// The first party after a preposition (按照我们的指示) is no subject: the
// party before it acts.
func TestPrepositionalFirstPartyChinese(t *testing.T) {
	for text, actor := range map[string]string{
		"受托方仅能按照我们的指示处理数据，不得将您的个人信息用于其他目的。": ActorThirdParty,
		"我们会根据您的设置收集位置信息。":                  ActorFirstParty,
	} {
		ps := Default().Clause(Input{Text: text}).Practices
		if len(ps) != 1 || ps[0].Actor != actor {
			t.Errorf("%s: practices %+v, want one by %s", text, ps, actor)
		}
	}
}

func TestPracticeObjectAfterChinese(t *testing.T) {
	e := Default()
	for _, tt := range []struct {
		text string
		uses int
	}{
		{"我们会处理您的个人信息。", 1},
		{"我们会在十五个工作日内处理您的请求。", 0},
		{"我们会对您的个人信息进行匿名化处理。", 0},
		// A joiner after the verb ends a noun, unless a verb follows it.
		{"我们会处理和分析您的个人信息。", 2},
		{"售后处理和订单信息会保存三年。", 0},
		{"工单处理、订单信息和发票会保存三年。", 0},
		// Triggers dropped before it do not stand between 将 and 处理.
		{"我们处理您的请求，处理您的反馈，收集信息，并将第三方的手机号码处理。", 1},
	} {
		if uses := countUses(e, tt.text); uses != tt.uses {
			t.Errorf("%s: %d uses, want %d", tt.text, uses, tt.uses)
		}
	}
}

// A row of an SDK table states a collection through its column header:
// the data cell names what the row's SDK collects.
func TestSDKTableRowCollection(t *testing.T) {
	e := Default()
	const text = "友盟SDK\t统计分析\t设备标识符（IMEI）"
	in := Input{Text: text, Offset: 100, Label: "SDK名称 | 使用目的 | 收集的个人信息", Owner: "sdk.umeng"}
	r := e.Clause(in)
	if len(r.Practices) != 1 {
		t.Fatalf("practices = %+v, want one collection", r.Practices)
	}
	p := r.Practices[0]
	want := Practice{Action: ActionCollect, Actor: ActorThirdParty, Data: []string{"identifier.device.imei"},
		Recipients: []string{"sdk.umeng"}, Start: 100 + strings.Index(text, "设备"), End: 100 + len(text)}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("practice = %+v, want %+v", p, want)
	}
	// Without an owner the row is nobody's: no collection is made up.
	in.Owner = ""
	if ps := e.Clause(in).Practices; len(ps) != 0 {
		t.Errorf("without an owner: practices = %+v, want none", ps)
	}
	// A list of the first party's collections names no party at all.
	const own = "手机号注册\t手机号码、短信验证码\t创建账号"
	r = e.Clause(Input{Text: own, Label: "业务功能 | 个人信息 | 目的"})
	if len(r.Practices) != 1 || r.Practices[0].Actor != ActorFirstParty || r.Practices[0].Action != ActionCollect ||
		!reflect.DeepEqual(r.Practices[0].Data, []string{"contact.phone", "account.verification_code"}) {
		t.Errorf("collection list row: practices = %+v, want the first party's collection of the number and code", r.Practices)
	}
}

// A row of cells with no header, in an SDK's entry, states that the SDK
// collects the data its cells name; a row of field names states nothing.
func TestSDKCellRowCollection(t *testing.T) {
	e := Default()
	const text = "微信SDK｜深圳市腾讯计算机系统有限公司｜设备型号、网络类型｜https://weixin.qq.com/p"
	r := e.Clause(Input{Text: text, Offset: 10, Owner: "sdk.wechat"})
	cell := strings.Index(text, "设备")
	want := []Practice{{Action: ActionCollect, Actor: ActorThirdParty, Data: []string{"device.model", "network.type"},
		Recipients: []string{"sdk.wechat"}, Start: 10 + cell, End: 10 + strings.LastIndex(text, "｜")}}
	if !reflect.DeepEqual(r.Practices, want) {
		t.Errorf("practices = %+v, want %+v", r.Practices, want)
	}
	if ps := e.Clause(Input{Text: text}).Practices; len(ps) != 0 {
		t.Errorf("without an owner: practices = %+v, want none", ps)
	}
	for _, header := range []string{"下列各条目依次为：SDK名称｜所属公司｜收集的个人信息｜隐私政策链接", "SDK | Provider | Data collected | Privacy policy"} {
		if ps := e.Clause(Input{Text: header}).Practices; len(ps) != 0 {
			t.Errorf("%s: practices = %+v, want none in a header", header, ps)
		}
	}
}

// A company the registry knows is a third party in Chinese, unless the
// policy is its own (Input.Controller, Input.Product).
func TestNamedCompanyActorChinese(t *testing.T) {
	e := Default()
	const text = "腾讯会收集您的手机号码。"
	for _, tt := range []struct {
		in    Input
		actor string
	}{
		{Input{Text: text}, ActorThirdParty},
		{Input{Text: text, Controller: "深圳市腾讯计算机系统有限公司"}, ActorFirstParty},
		{Input{Text: text, Product: "腾讯视频"}, ActorFirstParty},
		{Input{Text: "Tencent collects your phone number."}, ActorFirstParty}, // English: maybe the author
		{Input{Text: "OPPO会收集您的设备标识符。"}, ActorThirdParty},                     // a Latin name in a Chinese sentence
		// After a subject in its part of the sentence, a company is an
		// object: the service's, the partner's.
		{Input{Text: "我们会通过腾讯提供的接口收集您的手机号码。"}, ActorFirstParty},
		{Input{Text: "我们使用百度的定位服务收集您的位置信息。"}, ActorFirstParty},
		{Input{Text: "我们接入了阿里巴巴的风控服务，会收集您的设备型号。"}, ActorFirstParty},
		{Input{Text: "我们与小米合作，收集您的设备型号。"}, ActorFirstParty},
	} {
		ps := e.Clause(tt.in).Practices
		if len(ps) != 1 || ps[0].Actor != tt.actor {
			t.Errorf("%+v: practices %+v, want one by %s", tt.in, ps, tt.actor)
		}
	}
}

// A data field of an SDK's entry states what the SDK collects, though its
// name has no verb (处理的个人信息, 个人信息字段).
func TestSDKFieldCollection(t *testing.T) {
	e := Default()
	const text = "插件名称：支付宝SDK，功能：支付，处理的个人信息：设备型号、IP地址"
	r := e.Clause(Input{Text: text, Owner: "sdk.alipay"})
	if len(r.Practices) != 1 {
		t.Fatalf("practices = %+v, want one collection", r.Practices)
	}
	want := Practice{Action: ActionCollect, Actor: ActorThirdParty, Data: []string{"device.model", "network.ip_address"},
		Recipients: []string{"sdk.alipay"}, Start: strings.Index(text, "设备"), End: len(text)}
	if p := r.Practices[0]; !reflect.DeepEqual(p, want) {
		t.Errorf("practice = %+v, want %+v", p, want)
	}
	// Two field lines the segmenter joined into one clause: each line
	// starts a field, and the data field states the collection.
	const joined = "运营方：腾讯云计算（北京）有限责任公司  用途：在线咨询\n可能收集：设备型号、IP地址（隐私政策：https://cloud.tencent.com/p）"
	r = e.Clause(Input{Text: joined, Owner: "sdk.tencent_cloud"})
	if len(r.Practices) != 1 || !reflect.DeepEqual(r.Practices[0].Data, want.Data) || r.Practices[0].Actor != ActorThirdParty {
		t.Errorf("joined field lines: practices = %+v, want the SDK's collection of %v", r.Practices, want.Data)
	}
}

// 根据 and 基于 with data use it: recommendations from history.
func TestPracticeBasisChinese(t *testing.T) {
	e := Default()
	for _, tt := range []struct {
		text    string
		negated bool
		data    []string
	}{
		{"我们会根据您的浏览记录为您推荐商家。", false, []string{"usage.browsing_history"}},
		{"我们不会基于您的健康数据向您推送商业广告。", true, []string{"health"}},
		// 根据 reaches 20 tokens for its data, past list commas.
		{"我们会根据您在广场的浏览、点赞和收藏记录，向您推荐内容。", false, []string{"usage.content_interaction"}},
		// 基于 takes a reference to data named before for its object.
		{"关闭后，我们将不再基于上述信息向您推荐内容。", true, nil},
		// 用于 after a share states its purpose: no use of ours.
		{"我们会将您的车牌号码提供给停车场，用于减免停车费；我们会根据您的车牌号码推荐车位。", false, []string{"vehicle.license_plate"}},
		// A new subject after the share: its own use.
		{"我们会将订单信息共享给商家，我们也会将其用于售后服务。", false, []string{"financial.transaction"}},
		// The user provides the number in a relative clause: the number is
		// the subject of 用于.
		{"您提供的手机号码将用于账号登录。", false, []string{"contact.phone"}},
	} {
		var uses []Practice
		for _, p := range e.Clause(Input{Text: tt.text}).Practices {
			if p.Action == ActionUse {
				uses = append(uses, p)
			}
		}
		if len(uses) != 1 || uses[0].Negated != tt.negated || !reflect.DeepEqual(uses[0].Data, tt.data) {
			t.Errorf("%s: uses %+v, want one, negated=%v, data %q", tt.text, uses, tt.negated, tt.data)
		}
	}
}

// A clause addressed to the user (请…) states the user's doing, whatever
// its verb.
// 根据's object ends at another verb: in 根据法律法规的要求保存您的手机号码
// the number is 保存's, and nothing is used.
func TestPracticeBasisStopsChinese(t *testing.T) {
	for _, p := range Default().Clause(Input{Text: "我们会根据法律法规的要求保存您的手机号码。"}).Practices {
		if p.Action == ActionUse {
			t.Errorf("use %+v, want none", p)
		}
	}
}

func TestPracticeImperativeChinese(t *testing.T) {
	for _, text := range []string{
		"如果您是未成年人，请在监护人同意后使用本软件。",
		"请您妥善保管您的密码。",
		"若您是儿童，请在监护人的陪同下阅读本政策，并在取得监护人同意后使用。",
	} {
		if ps := Default().Clause(Input{Text: text}).Practices; len(ps) != 0 {
			t.Errorf("%s: practices %+v, want none", text, ps)
		}
	}
}

// A data cell of an SDK table that denies part of itself states the SDK's
// collection of the rest: the denial ends with its parenthesis, and the
// cell's collection drops what it denies.
func TestPracticeDataCellDenial(t *testing.T) {
	in := Input{
		Text:  "友盟+\t统计\t设备标识符（不收集IMEI）、设备型号",
		Owner: "sdk.umeng",
		Label: "SDK名称 | 用途 | 收集的个人信息",
	}
	var got []string
	for _, p := range Default().Clause(in).Practices {
		if p.Action == ActionCollect {
			got = append(got, fmt.Sprintf("%s not=%v %s", p.Actor, p.Negated, strings.Join(p.Data, ",")))
		}
	}
	want := []string{
		"third_party not=true identifier.device.imei",
		"third_party not=false identifier.device,device.model",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("collections %q, want %q", got, want)
	}
}

// A practice whose object is a reference (上述信息) takes the data named
// before it: in its sentence, in the sentences before it, or in the
// clause before (Input.Context), affirmed data only.
func TestPracticeReferenceChinese(t *testing.T) {
	e := Default()
	used := []Practice{{Action: ActionUse, Actor: ActorFirstParty, Data: []string{"usage.browsing_history"}}}
	denied := []Practice{{Action: ActionUse, Negated: true, Actor: ActorFirstParty, Data: []string{"demographic.religion"}}}
	tests := []struct {
		name    string
		text    string
		context []Practice
		want    []Practice // Action, Negated, Actor and Data checked
	}{
		{"the clause before", "关闭后，我们将不再基于上述信息向您推荐内容。", used,
			[]Practice{{Action: ActionUse, Negated: true, Actor: ActorFirstParty, Data: []string{"usage.browsing_history"}}}},
		{"a denial is not referred to", "关闭后，我们将不再基于上述信息向您推荐内容。", denied,
			[]Practice{{Action: ActionUse, Negated: true, Actor: ActorFirstParty}}},
		{"the sentence before", "我们会收集您的收货地址。我们会将上述信息提供给商家。", nil,
			[]Practice{
				{Action: ActionCollect, Actor: ActorFirstParty, Data: []string{"contact.postal_address"}},
				{Action: ActionShare, Actor: ActorFirstParty, Data: []string{"contact.postal_address"}},
			}},
		{"its own sentence", "我们会收集您的手机号码，并要求其不得将上述信息用于其他目的。", used,
			[]Practice{
				{Action: ActionCollect, Actor: ActorFirstParty, Data: []string{"contact.phone"}},
				{Action: ActionUse, Negated: true, Actor: ActorFirstParty, Data: []string{"contact.phone"}},
			}},
		{"data the vocabulary does not know", "我们会委托其处理寄件人信息，并要求其不得将上述信息用于其他目的。", used,
			[]Practice{{Action: ActionUse, Negated: true, Actor: ActorFirstParty}}},
		{"no reference", "关闭后，我们将不再向您推荐内容。", used, nil},
		{"an opener and a noun the vocabulary does not know", "我们会收集您的姓名。上述报名信息会被提供给驾校。", nil,
			[]Practice{
				{Action: ActionCollect, Actor: ActorFirstParty, Data: []string{"identity.name"}},
				{Action: ActionShare, Actor: ActorFirstParty, Data: []string{"identity.name"}},
			}},
		{"an opener and no data noun", "我们会收集您的姓名。上述情形下我们会提供给驾校。", nil,
			[]Practice{
				{Action: ActionCollect, Actor: ActorFirstParty, Data: []string{"identity.name"}},
				{Action: ActionShare, Actor: ActorFirstParty},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := e.Clause(Input{Text: tt.text, Context: tt.context})
			var got []Practice
			for _, p := range r.Practices {
				got = append(got, Practice{Action: p.Action, Negated: p.Negated, Actor: p.Actor, Data: p.Data})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("practices = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// A permission item that names data states its collection and, when it
// gives a purpose, its use, whether the purpose opens with 用于 or not and
// whether a colon or a dash follows the permission; a denial in the item
// adds no use.
func TestPracticePermissionChinese(t *testing.T) {
	e := Default()
	type act struct {
		action  string
		negated bool
		data    []string
	}
	tests := []struct {
		text string
		want []act
	}{
		{"位置权限：用于查找附近网点。", []act{{ActionUse, false, []string{"location"}}, {ActionCollect, false, []string{"location"}}}},
		{"相机权限：拍摄证件照片", []act{{ActionCollect, false, []string{"media.photo"}}, {ActionUse, false, []string{"media.photo"}}}},
		{"位置权限——查找附近机柜、导航至网点；", []act{{ActionCollect, false, []string{"location"}}, {ActionUse, false, []string{"location"}}}},
		{"位置权限：我们不会在后台获取您的位置。", []act{{ActionCollect, true, []string{"location"}}}},
		{"相机权限：", []act{{ActionCollect, false, []string{"media.photo"}}}},
		{"蓝牙权限：用于与车锁通信。", nil},
	}
	for _, tt := range tests {
		r := e.Clause(Input{Text: tt.text})
		var got []act
		for _, p := range r.Practices {
			got = append(got, act{p.Action, p.Negated, p.Data})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: practices = %+v, want %+v", tt.text, got, tt.want)
		}
	}
}

// In a clause of an SDK's entry, the fields other than its data state no
// practice: a purpose or a way of sharing that holds a trigger, or a run-in
// part opened by 用于 or 由…提供.
func TestSDKOtherFields(t *testing.T) {
	e := Default()
	tests := []struct {
		text string
		want []string
	}{
		{"共享方式：SDK本机采集", nil},
		{"SDK用途：崩溃日志收集与分析", nil},
		{"使用场景：消息收发 | 收集个人信息：设备型号", []string{ActionCollect}},
		{"由财付通支付科技有限公司提供，用于话费充值时的微信支付，会采集设备型号和网络类型。", []string{ActionCollect}},
		{"微信支付SDK：用于话费充值；收集设备型号、网络类型；隐私政策：https://pay.weixin.qq.com/p", []string{ActionCollect}},
	}
	for _, tt := range tests {
		r := e.Clause(Input{Text: tt.text, Owner: "sdk.wechat_pay"})
		var got []string
		for _, p := range r.Practices {
			got = append(got, p.Action)
			if p.Action == ActionCollect && (p.Actor != ActorThirdParty || len(p.Data) == 0) {
				t.Errorf("%s: collection %+v, want the SDK's, with data", tt.text, p)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: actions = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// 使用 is a use only of data named after it: using a product, a service or
// an SDK is none. A sentence that says consent is not needed states no use.
func TestPracticeUseChinese(t *testing.T) {
	e := Default()
	tests := []struct {
		text string
		want []string // the data of each use
	}{
		{"我们会使用您的位置信息推荐附近门店。", []string{"location"}},
		{"您的位置信息仅用于推荐附近门店。", []string{"location"}}, // 仅 restricts, 用于 uses
		{"我们会使用Cookie保存您的登录状态。", []string{"identifier.tracking.cookie"}},
		{"未满十四周岁的儿童须在监护人同意和指导下使用。", nil},
		{"我们使用个推为您推送书籍更新提醒。", nil},
		{"在使用本应用前，请您仔细阅读本政策。", nil},
		// When consent is not needed: legal bases, not a practice.
		{"以下情形中，我们处理您的个人信息无需取得您的同意：", nil},
		{"为公共利益实施新闻报道、舆论监督等行为，在合理的范围内处理个人信息；", nil},
		{"我们仅会在合理的范围内使用您的位置信息。", []string{"location"}},
		{"我们处理您的个人信息前会取得您的同意。", []string{"personal"}},
		// What the user gives us, we use for the purpose stated after it,
		// as what we give others serves theirs.
		{"您需要提供手机号码，用于创建账号。", []string{"contact.phone"}},
		{"您需要向我们提供手机号码，用于创建账号。", []string{"contact.phone"}},
		{"我们会将您的手机号码提供给保险公司，用于理赔。", nil},
		{"您提供手机号码后，您可以将其用于登录其他应用。", nil},
		{"您无需提供身份证号码，用于实名认证的信息由公安部门核验。", nil},
		// Reviewing and checking data uses it; reviewing an order does not.
		{"我们会审核您发布的内容。", []string{"social.posts"}},
		{"药师会核对处方的真实性。", []string{"health.medical"}},
		{"我们会审核您的订单。", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range e.Clause(Input{Text: tt.text}).Practices {
			if p.Action == ActionUse {
				got = append(got, p.Data...)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: use of %v, want %v", tt.text, got, tt.want)
		}
	}
}

// Data words inside the product's name (Input.Product) name no data.
func TestProductNameNoData(t *testing.T) {
	in := Input{Text: "鹿鸣视频会收集您的手机号码。", Product: "鹿鸣视频"}
	var got []string
	for _, m := range Default().Clause(in).Data {
		got = append(got, m.Label)
	}
	if want := []string{"contact.phone"}; !reflect.DeepEqual(got, want) {
		t.Errorf("data = %v, want %v", got, want)
	}
	in.Product = ""
	if n := len(Default().Clause(in).Data); n != 2 {
		t.Errorf("without the product's name: %d data mentions, want 2 (视频 too)", n)
	}
}

// In an SDK entry, a data word inside a field's name (收集个人信息类型) is
// the name, not data.
func TestSDKFieldLabelNoData(t *testing.T) {
	const text = "SDK名称：个推推送SDK；使用目的：消息推送；收集个人信息类型：设备型号"
	var got []string
	for _, m := range Default().Clause(Input{Text: text, Owner: "sdk.getui"}).Data {
		got = append(got, m.Label)
	}
	if want := []string{"device.model"}; !reflect.DeepEqual(got, want) {
		t.Errorf("data = %v, want %v", got, want)
	}
}

// A party named inside a data mention (运营商 in 运营商信息) is no actor.
func TestPartyInsideDataChinese(t *testing.T) {
	r := Default().Clause(Input{Text: "本行会收集运营商信息，用于识别设备。"})
	for _, p := range r.Practices {
		if p.Actor != ActorFirstParty || len(p.Recipients) > 0 {
			t.Errorf("%s: actor %s, recipients %v; want the first party's own", p.Action, p.Actor, p.Recipients)
		}
	}
	if len(r.Practices) != 2 {
		t.Errorf("practices = %+v, want a collection and a use", r.Practices)
	}
}

// 仅 right before its verb (仅用于) restricts the purposes to those after
// it, as "only" after the verb does.
func TestPracticeRestrictBeforeChinese(t *testing.T) {
	const text = "我们收集您的位置信息用于安全保障，仅用于个性化推荐。"
	at := strings.LastIndex(text, "用于")
	for _, p := range Default().Clause(Input{Text: text}).Practices {
		if p.Start == at && !reflect.DeepEqual(p.Purposes, []string{"production.personalize"}) {
			t.Errorf("use after 仅: purposes %v, want only the personalization after it", p.Purposes)
		}
	}
}

// A party named inside nested data mentions (an aside within a data name)
// is no actor: the lookup reads back over the nested mentions.
func TestPartyInsideNestedData(t *testing.T) {
	for _, p := range Default().Clause(Input{Text: "We collect the identifier for (IMEI IDFV GPS) advertisers and share it.", Offset: 1000}).Practices {
		if p.Actor != ActorFirstParty {
			t.Errorf("%s: actor %s, want first_party", p.Action, p.Actor)
		}
	}
}

// countUses counts the use practices e reads in text.
func countUses(e *Extractor, text string) int {
	uses := 0
	for _, p := range e.Clause(Input{Text: text}).Practices {
		if p.Action == ActionUse {
			uses++
		}
	}
	return uses
}

// Institutions the registry names by kind (学校, 支付机构, 经销商) act on their
// own account; when they only qualify data or receive it, the sentence's
// subject acts.
func TestInstitutionActorChinese(t *testing.T) {
	e := Default()
	for _, tt := range []struct {
		text, action, actor string // actor "" wants no practice of the action
	}{
		{"门禁记录由学校保存，用于宿舍安全管理。", ActionStore, ActorThirdParty},
		{"支付由相应的支付机构完成，支付机构会收集您的支付账号和交易信息。", ActionCollect, ActorThirdParty},
		{"授权经销商会依照其自身的规则保存您的维修保养记录。", ActionStore, ActorThirdParty},
		// A party in a short relative clause on data is no subject.
		{"我们会保存与支付机构签订的代扣协议号，用于按期续费。", ActionUse, ActorFirstParty},
		{"我们会保存签约协议号和支付机构返回的支付账户标识，用于扣款。", ActionUse, ActorFirstParty},
		// A party given to, or a head noun, in an earlier part is no subject.
		{"我们会将订单号提供给您选择的支付机构，并获取支付状态和交易流水号。", ActionCollect, ActorFirstParty},
		{"我们会记录您的搜索关键词和浏览过的酒店，用于向您推荐酒店。", ActionUse, ActorFirstParty},
		// A feature name in quotation marks is no party.
		{"位置权限仅在您使用“附近医院”时申请，用于查找附近的医院。", ActionUse, ActorFirstParty},
		// 用于 with a party after it names a purpose.
		{"我们收集儿童的姓名，并仅将其用于酒店入住登记。", ActionUse, ActorFirstParty},
		// What a party gives us for a purpose is its sharing and our
		// collection, no use of its own.
		{"经销商会将您的手机号码同步给我们，用于在App中展示。", ActionShare, ActorThirdParty},
		{"经销商会将您的手机号码同步给我们，用于在App中展示。", ActionUse, ""},
		// Phrases naming the user's details are no parties.
		{"您需要提供本人名下的银行借记卡卡号，用于绑定账户。", ActionUse, ActorFirstParty},
		{"我们会向中国人民银行征信中心查询您的信用报告，用于审核授信额度。", ActionUse, ActorFirstParty},
	} {
		var got []string
		for _, p := range e.Clause(Input{Text: tt.text}).Practices {
			if p.Action == tt.action {
				got = append(got, p.Actor)
			}
		}
		want := []string{tt.actor}
		if tt.actor == "" {
			want = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %s by %v, want %v", tt.text, tt.action, got, want)
		}
	}
}

// A channel names the address it uses (通过短信 the phone number), named or
// not; the code sent by SMS is data of its own.
func TestPracticeChannelChinese(t *testing.T) {
	e := Default()
	for _, tt := range []struct {
		text string
		want []string // the data of the use practice, nil for none
	}{
		{"我们会通过短信向您发送优惠活动。", []string{"communication.sms", "contact.phone"}},
		{"客服人员可能致电与您沟通。", []string{"contact.phone"}},
		{"我们会通过电子邮件向您发送电子发票。", []string{"contact.email"}},
		{"您可以通过短信验证码登录。", nil},
	} {
		var got []string
		for _, p := range e.Clause(Input{Text: tt.text}).Practices {
			if p.Action == ActionUse {
				got = p.Data
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: use of %v, want %v", tt.text, got, tt.want)
		}
	}
}
