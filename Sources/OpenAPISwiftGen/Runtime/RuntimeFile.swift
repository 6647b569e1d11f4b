/// A source file every generated module carries in its `Runtime/` folder: the JSON reader and
/// writer, the field wrappers, open enums and the HTTP layer. Generated code needs nothing else
/// but Foundation.
struct RuntimeFile: Sendable {
    var name: String
    var contents: String

    static let all: [RuntimeFile] = [
        .bodyEncoding, .clientCore, .clientError, .fields, .http, .jsonCoding, .jsonMap, .jsonReader, .jsonValue, .jsonWriter, .openEnum,
        .pages, .requestOptions, .uuidString,
    ]
}
