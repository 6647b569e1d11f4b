import Foundation
@testable import OpenAPISwiftGen
import Testing

/// OpenAPI 3.2's documentation fields: tags with `summary` and `parent` group the catalog's
/// landing page as a hierarchy (a tag of another `kind` than `nav` only labels), a server's `name`, a response's `summary` and a security
/// scheme's `deprecated` reach the generated documentation, and a tag hierarchy that does not
/// hold is warned about.
@Suite struct OpenAPI32DocumentationTests {
    static let spec = """
        openapi: 3.2.0
        info: {title: Calls, version: '1'}
        servers:
          - {url: 'https://api.example.com/v1', name: Production, description: The live API.}
        security:
          - legacyKey: []
        tags:
          - {name: calls, summary: Calls, description: "Placing and controlling calls.\\n\\nMore about calls."}
          - {name: recordings, summary: Recordings, parent: calls, description: What a call recorded.}
          - {name: beta, kind: badge, summary: Beta}
          - {name: loose, parent: nowhere}
          - {name: a, parent: b}
          - {name: b, parent: a}
        paths:
          /calls:
            post:
              operationId: createCall
              tags: [beta, calls]
              responses:
                '201':
                  summary: The call, as it starts.
                  description: Created.
                  content:
                    application/json:
                      schema: {type: object, properties: {id: {type: string}}}
          /calls/{id}/recordings:
            get:
              operationId: listRecordings
              tags: [recordings]
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: Recordings.
                  content:
                    application/json:
                      schema: {type: array, items: {type: string}}
          /health:
            get:
              operationId: health
              responses:
                '204': {description: Up.}
        components:
          securitySchemes:
            legacyKey: {type: apiKey, in: header, name: X-Key, deprecated: true}
            oauth:
              type: oauth2
              oauth2MetadataUrl: https://auth.example.com/.well-known/oauth-authorization-server
              flows: {clientCredentials: {tokenUrl: /token, scopes: {}}}
        """

    static func generate() throws -> (files: [String: String], warnings: [String]) {
        let (model, diagnostics) = try TestPipeline.model(spec, file: "calls.yaml", module: "Calls")
        let files = Dictionary(uniqueKeysWithValues: Renderer.render(model).files.map { ($0.path, $0.contents) })
        return (files, diagnostics.map(\.description))
    }

    @Test func tagsGroupTheLandingPageAsAHierarchy() throws {
        let page = try #require(try Self.generate().files["Calls.docc/Calls.md"])
        let sections = page.components(separatedBy: "\n### ").dropFirst().map { $0.components(separatedBy: "\n").first ?? "" }
        #expect(sections == ["Essentials", "Calls", "Calls › Recordings", "/health"])
        #expect(page.contains("### Calls\n\nPlacing and controlling calls.\n\n- ``CallsClient/Calls``\n- ``CallsClient/Calls/create(options:)``"), "\(page)")
        #expect(page.contains("### Calls › Recordings\n\nWhat a call recorded.\n\n"), "\(page)")
    }

    @Test func serverNameResponseSummaryAndDeprecatedSchemesAreDocumented() throws {
        let files = try Self.generate().files
        let client = try #require(files["Client/CallsClient.swift"])
        #expect(client.contains("/// A client for the spec's server, `https://api.example.com/v1` (Production): The live API."), "\(client)")
        #expect(client.contains("/// The spec deprecates the credentials of `legacyKey` (`token:`): the API means to stop accepting them."), "\(client)")
        let calls = try #require(files["Client/CallsClient.Calls.swift"])
        #expect(calls.contains("/// - Returns: The call, as it starts."), "\(calls)")
    }

    @Test func aParentThatIsNoTagOrLeadsBackIsWarnedAbout() throws {
        let warnings = try Self.generate().warnings
        #expect(warnings.contains { $0.contains("calls.yaml:11:") && $0.contains("the tag's parent 'nowhere' is no tag of the document") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("the tag's parents lead back to 'a'") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("oauth2MetadataUrl (OpenAPI 3.2) is not fetched") && $0.contains("[#/components/securitySchemes/oauth/oauth2MetadataUrl]") }, "\(warnings)")
    }
}
