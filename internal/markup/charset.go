package markup

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"

	"github.com/privtext/go-privtext/internal/textnorm"
)

// metaCharset finds the charset an HTML page declares in its first bytes:
// <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html;
// charset=gbk">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)`)

// asciiCompatible are the declared charsets DecodeHTML decodes itself:
// ASCII bytes stand for themselves, so the reader's tags are intact, and
// every character is decoded on its own, so the map stays exact.
var asciiCompatible = map[string]bool{
	"gbk": true, "gb18030": true, "big5": true, "shift_jis": true,
	"euc-jp": true, "euc-kr": true, "windows-1252": true, "iso-8859-2": true,
	"iso-8859-3": true, "iso-8859-4": true, "iso-8859-5": true,
	"iso-8859-6": true, "iso-8859-7": true, "iso-8859-8": true,
	"iso-8859-8-i": true, "iso-8859-10": true, "iso-8859-13": true,
	"iso-8859-14": true, "iso-8859-15": true, "iso-8859-16": true,
	"koi8-r": true, "koi8-u": true, "macintosh": true, "windows-874": true,
	"windows-1250": true, "windows-1251": true, "windows-1253": true,
	"windows-1254": true, "windows-1255": true, "windows-1256": true,
	"windows-1257": true, "windows-1258": true, "x-mac-cyrillic": true,
	"ibm866": true,
}

// DecodeHTML decodes an HTML page to UTF-8, honouring its declared charset
// where textnorm.Decode would guess: BOM-marked and valid UTF-8 input go to
// textnorm.Decode; otherwise a <meta> charset among the ASCII-compatible
// WHATWG encodings (gbk/gb2312, gb18030, big5, shift_jis, euc-jp, euc-kr,
// windows-125x, iso-8859-x, ...) decodes the page one character at a time,
// so the map is exact. Without a usable declaration, textnorm.Decode's
// GB18030 guess is tried and windows-1252 (the WHATWG default) is the last
// resort. Stateful encodings (iso-2022-jp) are not decoded per character;
// they fall back like undeclared input. The map is nil when the text is the
// input.
func DecodeHTML(raw []byte) (string, *textnorm.Map, error) {
	d, err := DecodeHTMLEncoding(raw)
	return d.Text, d.Map, err
}

// DecodeHTMLEncoding is DecodeHTML reporting the encoding it used, by its
// WHATWG name for declared charsets.
func DecodeHTMLEncoding(raw []byte) (textnorm.Decoded, error) {
	if hasBOM(raw) || utf8.Valid(raw) {
		return textnorm.Decode(raw)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return textnorm.Decoded{}, &textnorm.DecodeError{Offset: i, Err: textnorm.ErrBinary}
	}
	if m := metaCharset.FindSubmatch(raw[:min(len(raw), 1024)]); m != nil {
		// A declaration DecodeAs cannot follow (unknown, stateful, or
		// UTF-8 that is not) falls back like undeclared input.
		if d, err := DecodeAs(raw, string(m[1])); err == nil {
			return d, nil
		}
	}
	if d, err := textnorm.Decode(raw); err == nil {
		return d, nil
	}
	e, name := charset.Lookup("windows-1252")
	return decodeEach(raw, e, name), nil
}

func hasBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}) ||
		bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF})
}

// decodeEach decodes raw with an ASCII-compatible encoding, one character
// at a time: a character is the shortest prefix the decoder accepts without
// asking for more input (at most 4 bytes); bytes it cannot decode become
// U+FFFD.
func decodeEach(raw []byte, e encoding.Encoding, name string) textnorm.Decoded {
	var (
		out []byte
		mb  textnorm.MapBuilder
		buf [16]byte
	)
	dec := e.NewDecoder()
	for i := 0; i < len(raw); {
		if raw[i] < utf8.RuneSelf {
			j := i + 1
			for j < len(raw) && raw[j] < utf8.RuneSelf {
				j++
			}
			out = append(out, raw[i:j]...)
			mb.Copy(j - i)
			i = j
			continue
		}
		done := false
		for n := 1; n <= 4 && i+n <= len(raw); n++ {
			dec.Reset()
			nDst, nSrc, err := dec.Transform(buf[:], raw[i:i+n], i+n == len(raw))
			if err == transform.ErrShortSrc || nSrc == 0 {
				continue
			}
			if err != nil || nDst == 0 {
				break
			}
			out = append(out, buf[:nDst]...)
			mb.Replace(nSrc, nDst)
			i += nSrc
			done = true
			break
		}
		if !done {
			out = append(out, "\uFFFD"...)
			mb.Replace(1, 3)
			i++
		}
	}
	return textnorm.Decoded{Text: string(out), Map: mb.Map(), Encoding: textnorm.Encoding(name)}
}

// DecodeAs decodes raw in the named encoding, the caller's choice where
// detection would refuse or guess: any WHATWG label of an ASCII-compatible
// encoding (windows-1252, latin1, gbk, shift_jis, ...), or utf-8. Bytes the
// encoding cannot decode become U+FFFD, except in UTF-8, where they are an
// error. A byte-order mark overrides the name, as in browsers.
func DecodeAs(raw []byte, name string) (textnorm.Decoded, error) {
	if hasBOM(raw) {
		return textnorm.Decode(raw)
	}
	e, canonical, err := lookupEncoding(name)
	switch {
	case err != nil:
		return textnorm.Decoded{}, err
	case canonical == "utf-8":
		if !utf8.Valid(raw) {
			return textnorm.Decoded{}, &textnorm.DecodeError{Offset: textnorm.FirstInvalidUTF8(raw), Err: textnorm.ErrUndecodable}
		}
		return textnorm.Decode(raw)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return textnorm.Decoded{}, &textnorm.DecodeError{Offset: i, Err: textnorm.ErrBinary}
	}
	return decodeEach(raw, e, canonical), nil
}

// CheckEncoding reports whether DecodeAs supports the encoding name, with
// an ErrUnknownEncoding error when it does not.
func CheckEncoding(name string) error {
	_, _, err := lookupEncoding(name)
	return err
}

// lookupEncoding resolves an encoding label DecodeAs supports: UTF-8 or an
// ASCII-compatible encoding it can decode character by character.
func lookupEncoding(name string) (encoding.Encoding, string, error) {
	e, canonical := charset.Lookup(name)
	switch {
	case e == nil:
		return nil, "", fmt.Errorf("%w: %q", ErrUnknownEncoding, name)
	case canonical != "utf-8" && !asciiCompatible[canonical]:
		return nil, "", fmt.Errorf("%w: %q is not decoded character by character (use UTF-8 or an ASCII-compatible encoding)", ErrUnknownEncoding, name)
	}
	return e, canonical, nil
}

// ErrUnknownEncoding reports an encoding name DecodeAs does not support.
var ErrUnknownEncoding = errors.New("unsupported encoding")
