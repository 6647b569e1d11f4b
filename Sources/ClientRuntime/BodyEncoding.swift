import Foundation

/// How a request body goes on the wire.
///
/// Forms and multipart bodies are made from the body's JSON: each top-level key is a field;
/// arrays repeat the field; nested objects are `key[sub]` in a form and a JSON part in multipart;
/// `null` fields are left out.
enum BodyEncoding: Sendable {
    case json
    /// `application/x-www-form-urlencoded`
    case form
    /// `multipart/form-data`
    case multipart

    /// The content type and the bytes of `body`; a file part's file is read now.
    func encode(_ body: any JSONEncodable) throws(ClientError) -> (contentType: String, data: Data) {
        switch self {
        case .json:
            return ("application/json", Data(body.requestBytes()))
        case .form:
            var fields: [(String, String)] = []
            Self.formFields(of: Self.json(body), name: nil, into: &fields)
            let text = fields.map { Self.formEscaped($0.0) + "=" + Self.formEscaped($0.1) }.joined(separator: "&")
            return ("application/x-www-form-urlencoded", Data(text.utf8))
        case .multipart:
            let boundary = "openapi-swift-gen-\(UUID().uuidString)"
            var data = Data()
            let files = FilePartCollector()
            guard case .object(let object) = FilePart.$collector.withValue(files, operation: { Self.json(body) }) else {
                return ("multipart/form-data; boundary=\(boundary)", data)
            }
            for entry in object {
                let values: [JSONValue] = if case .array(let items) = entry.value { items } else { [entry.value] }
                for value in values {
                    let name = Self.quoted(entry.key)
                    var part = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\""
                    if case .string(let text) = value, let file = files.part(for: text) {
                        let filename = Self.quoted(file.filename)
                        data.append(Data((part + "; filename=\"\(filename)\"\r\nContent-Type: \(file.contentType)\r\n\r\n").utf8))
                        switch file.content {
                        case .data(let bytes): data.append(bytes)
                        case .file(let url):
                            do {
                                data.append(try Data(contentsOf: url))
                            } catch {
                                throw .invalidRequest("the file of the part '\(entry.key)', \(url.path), cannot be read")
                            }
                        }
                        data.append(Data("\r\n".utf8))
                        continue
                    }
                    part += "\r\n"
                    let content: String
                    switch value {
                    case .null: continue
                    case .string(let text): content = text
                    case .number(let text): content = text
                    case .bool(let flag): content = flag ? "true" : "false"
                    case .array, .object:
                        part += "Content-Type: application/json\r\n"
                        content = value.jsonString()
                    }
                    data.append(Data((part + "\r\n" + content + "\r\n").utf8))
                }
            }
            data.append(Data("--\(boundary)--\r\n".utf8))
            return ("multipart/form-data; boundary=\(boundary)", data)
        }
    }

    /// A name inside the quotes of a `Content-Disposition`: quotes and line breaks percent-encoded.
    private static func quoted(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "%22").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func json(_ body: any JSONEncodable) -> JSONValue {
        (try? JSONReader.parse(body.requestBytes())) ?? .null
    }

    private static func formFields(of value: JSONValue, name: String?, into fields: inout [(String, String)]) {
        switch value {
        case .null: break
        case .bool(let flag): if let name { fields.append((name, flag ? "true" : "false")) }
        case .number(let text), .string(let text): if let name { fields.append((name, text)) }
        case .array(let items):
            for item in items { formFields(of: item, name: name, into: &fields) }
        case .object(let object):
            for entry in object {
                formFields(of: entry.value, name: name.map { "\($0)[\(entry.key)]" } ?? entry.key, into: &fields)
            }
        }
    }

    /// Percent-encodes all but unreserved characters, as forms need (`+`, `&`, `=` included).
    /// The unreserved set is ASCII only (`CharacterSet.alphanumerics` holds every script's
    /// letters, which some Foundations would then leave unencoded), so the bytes are the same on
    /// every platform.
    private static func formEscaped(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }

    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
