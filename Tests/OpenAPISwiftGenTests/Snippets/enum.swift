/// Spec: `#/components/schemas/Codec`
public enum Codec: OpenEnum {
    case pcmu
    case opus48000h20i
    case aeadAes256Gcm8
    case blockPstn
    case `default`
    case notFound
    case _2fa
    case undocumented2
    /// A value the spec does not list, kept as it was sent.
    case undocumented(String)

    public init(rawValue: String) {
        switch rawValue {
        case "PCMU": self = .pcmu
        case "OPUS@48000H@20I": self = .opus48000h20i
        case "AEAD_AES_256_GCM_8": self = .aeadAes256Gcm8
        case "block-pstn": self = .blockPstn
        case "default": self = .default
        case "Not Found": self = .notFound
        case "2fa": self = ._2fa
        case "undocumented": self = .undocumented2
        default: self = .undocumented(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .pcmu: "PCMU"
        case .opus48000h20i: "OPUS@48000H@20I"
        case .aeadAes256Gcm8: "AEAD_AES_256_GCM_8"
        case .blockPstn: "block-pstn"
        case .default: "default"
        case .notFound: "Not Found"
        case ._2fa: "2fa"
        case .undocumented2: "undocumented"
        case .undocumented(let value): value
        }
    }

    /// The values the spec lists, in its order.
    public static let documentedCases: [Codec] = [
        .pcmu,
        .opus48000h20i,
        .aeadAes256Gcm8,
        .blockPstn,
        .default,
        .notFound,
        ._2fa,
        .undocumented2,
    ]
}
