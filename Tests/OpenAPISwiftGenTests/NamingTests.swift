@testable import OpenAPISwiftGen
import Testing

/// Names from a spec made Swift identifiers: word splitting, case, escapes and fallbacks.
@Suite struct NamingTests {
    @Test(arguments: [
        ("caller_id", "callerId", "CallerId"),
        ("callerID", "callerId", "CallerId"),
        ("HTTPServer", "httpServer", "HttpServer"),
        ("AEAD_AES_256_GCM_8", "aeadAes256Gcm8", "AeadAes256Gcm8"),
        ("block-pstn", "blockPstn", "BlockPstn"),
        ("OPUS@48000H@20I", "opus48000h20i", "Opus48000h20i"),
        ("  leading and trailing  ", "leadingAndTrailing", "LeadingAndTrailing"),
        ("already camelCase", "alreadyCamelCase", "AlreadyCamelCase"),
        ("G729", "g729", "G729"),
        ("x", "x", "X"),
        ("é-accent", "accent", "Accent"),
        ("sip.endpoint/v2", "sipEndpointV2", "SipEndpointV2"),
        ("Types.StatusCodes.StatusCode422Error", "typesStatusCodesStatusCode422Error", "TypesStatusCodesStatusCode422Error"),
        ("status_code_422_error", "statusCode422Error", "StatusCode422Error"),
        ("v2Beta", "v2Beta", "V2Beta"),
        ("X509Certificate", "x509Certificate", "X509Certificate"),
        ("OAuth2Token", "oAuth2Token", "OAuth2Token"),
        ("2FA", "_2fa", "_2fa"),
        ("mp3URL", "mp3url", "Mp3url"),  // capitals after digits stay in the word unless a lower-case letter follows
    ])
    func wordsAndCase(_ raw: String, _ member: String, _ type: String) {
        #expect(Naming.memberName(raw) == member)
        #expect(Naming.typeName(raw) == type)
    }

    @Test func unsafeNamesAreEscaped() {
        #expect(Naming.memberName("default") == "default")
        #expect(SwiftName.escaped("default") == "`default`")
        #expect(SwiftName.label("default") == "default")
        #expect(SwiftName.label("inout") == "`inout`")
        #expect(SwiftName.escaped("defaults") == "defaults")
        #expect(Naming.memberName("self") == "self_")
        #expect(Naming.memberName("Type") == "type")
        #expect(Naming.memberName("type") == "type")
        #expect(Naming.memberName("200") == "_200")
        #expect(Naming.memberName("8kHz") == "_8kHz")
        #expect(Naming.typeName("3pcc") == "_3pcc")
    }

    @Test func textWithoutWordsFallsBackToItsScalars() {
        #expect(Naming.memberName("+") == "_2b")
        #expect(Naming.typeName("✓!") == "_2713_21")
        #expect(Naming.memberName("") == "_empty")
        #expect(!Naming.hasWords("-+- ✓"))
        #expect(Naming.hasWords("-a-"))
    }
}
