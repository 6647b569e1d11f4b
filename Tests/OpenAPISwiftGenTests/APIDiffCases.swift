import OpenAPISwiftGen

/// The spec edits of ``APIDiffTests``: every kind of change, the tricky ones included.
extension APIDiffTests {
    static let listParameters = """
              parameters:
                - $ref: '#/components/parameters/PageNumber'
        """
    static let updateCallerId = """
            caller_id:
              type: string
              description: The caller ID that will showup when dialing from this Sip Endpoint
            send_as:
              type: string
              description: The Sip username that will show up on the calle's side. Overrides the username.
            ciphers:
              type: array
              items:
                $ref: '#/components/schemas/Ciphers'
              description: Ciphers that can be enabled for calls on this Sip Endpoint.
            codecs:
              type: array
              items:
                $ref: '#/components/schemas/Codecs'
              description: Codecs that can be enabled for calls on this Sip Endpoint.
            encryption:
              allOf:
                - $ref: '#/components/schemas/Encryption'
              description: The set encryption type on the Sip Endpoint.
              default: default
            call_handler:
              allOf:
                - $ref: '#/components/schemas/CallHandlerType'
              description: How the SIP endpoint will handle outbound calls.
    """

    /// A webhook, added before the components of `spec/`.
    static let webhook = """
        webhooks:
          sipEndpointChanged:
            post:
              operationId: sip_endpoint_changed
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/SipEndpointResponse'}
              responses:
                '200': {description: Received.}

        """

    /// Two schemas of the same shape, added before the schemas of `spec/`.
    static let twoPlaces = ("    uuid:\n", """
            Region:
              type: object
              properties:
                name: {type: string}
            Zone:
              type: object
              properties:
                name: {type: string}
            uuid:

        """)

    /// The success content of `get_sip_endpoint`, where a media type is added.
    static let getContent = "      description: Returns a SIP endpoint by its id.\n      tags:\n        - SIP Endpoints\n      responses:\n        '200':\n          description: The request has succeeded.\n          content:\n"
    static func getContent(itemSchema: String) -> String {
        getContent + "            application/jsonl:\n              itemSchema: \(itemSchema)\n"
    }

    static let cases: [Case] = [
        // Operations
        Case(name: "a stream media type added to a response", after: [(getContent, getContent(itemSchema: "{$ref: '#/components/schemas/SipEndpointResponse'}"))], expected: [
            "compatible client.fabric.sipEndpoints.getStream(...): added (GET /api/fabric/resources/sip_endpoints/{id}, asking for application/jsonl)",
        ]),
        Case(name: "the item type of a stream changes",
             before: [(getContent, getContent(itemSchema: "{$ref: '#/components/schemas/SipEndpointResponse'}"))],
             after: [("itemSchema: {$ref: '#/components/schemas/SipEndpointResponse'}", "itemSchema: {type: object, properties: {id: {type: string}}}")], expected: [
            "breaking client.fabric.sipEndpoints.getStream(...): returns `JSONSequence<GetSipEndpointStreamItem>` (was `JSONSequence<SipEndpointResponse>`)",
            "compatible GetSipEndpointStreamItem: added",
        ]),
        Case(name: "a query parameter added, optional", after: [(listParameters, listParameters + "\n        - {name: region, in: query, schema: {type: string}}")], expected: [
            "compatible client.fabric.sipEndpoints.list(...): new argument `region: String? = nil`",
        ]),
        Case(name: "a query parameter added, required", after: [(listParameters, listParameters + "\n        - {name: region, in: query, required: true, schema: {type: string}}")], expected: [
            "breaking client.fabric.sipEndpoints.list(...): new required argument `region: String`",
        ]),
        Case(name: "a query parameter removed", after: [("        - $ref: '#/components/parameters/PageToken'\n", "")], expected: [
            "breaking client.fabric.sipEndpoints.list(...): argument `pageToken` removed",
        ]),
        Case(name: "a query parameter becomes required", after: [("      name: page_size\n      in: query\n", "      name: page_size\n      in: query\n      required: true\n")], expected: [
            "breaking client.fabric.sipEndpoints.list(...): argument `pageSize` is required",
        ]),
        Case(name: "a query parameter becomes optional", before: [("      name: page_size\n      in: query\n", "      name: page_size\n      in: query\n      required: true\n")], after: [("      name: page_size\n      in: query\n      required: true\n", "      name: page_size\n      in: query\n")], expected: [
            "compatible client.fabric.sipEndpoints.list(...): argument `pageSize` is optional (it gets `= nil`)",
        ]),
        Case(name: "a query parameter changes type", after: [("      description: The page to return, from 0.\n      schema:\n        type: integer", "      description: The page to return, from 0.\n      schema:\n        type: string")], expected: [
            "breaking client.fabric.sipEndpoints.list(...): argument `pageNumber` is `String` (was `Int`)",
        ]),
        Case(name: "a query parameter gets a default", after: [("        minimum: 1\n        maximum: 1000", "        minimum: 1\n        maximum: 1000\n        default: 50")], expected: [
            "compatible client.fabric.sipEndpoints.list(...): argument `pageSize`: documents the default `50`",
        ]),
        Case(name: "a query parameter's default changes", before: [("        minimum: 1\n        maximum: 1000", "        minimum: 1\n        maximum: 1000\n        default: 50")], after: [("        default: 50", "        default: 100")], expected: [
            "runtime client.fabric.sipEndpoints.list(...): argument `pageSize`: the default is `100` (was `50`): the server assumes another value when none is sent",
        ]),
        Case(name: "a query parameter is deprecated", after: [("      name: page_token\n      in: query\n", "      name: page_token\n      in: query\n      deprecated: true\n")], expected: [
            "compatible client.fabric.sipEndpoints.list(...): argument `pageToken` is deprecated",
        ]),
        Case(name: "an operation removed", after: [("    delete:\n      operationId: delete_sip_endpoint", "    x-delete:\n      operationId: delete_sip_endpoint")], expected: [
            "breaking client.fabric.sipEndpoints.delete(...): removed (DELETE /api/fabric/resources/sip_endpoints/{id})",
        ]),
        Case(name: "an operation added", after: [("components:\n  parameters:", "  /api/fabric/resources/sip_endpoints/{id}/addresses:\n    get:\n      operationId: list_sip_endpoint_addresses\n      parameters:\n        - $ref: '#/components/parameters/SipEndpointID'\n      responses:\n        '204': {description: None.}\ncomponents:\n  parameters:")], expected: [
            "compatible client.fabric.sipEndpoints.addresses.list(...): added (GET /api/fabric/resources/sip_endpoints/{id}/addresses)",
        ]),
        Case(name: "an operationId changed under naming: resources (no Swift change)", after: [("operationId: get_sip_endpoint", "operationId: fetch_sip_endpoint")], expected: []),
        Case(name: "an operationId changed under naming: operationId (a rename)", after: [("operationId: get_sip_endpoint", "operationId: fetch_sip_endpoint")], naming: .operationId, expected: [
            "breaking client.fetchSipEndpoint(...): renamed: `client.getSipEndpoint(...)` is now `client.fetchSipEndpoint(...)`",
        ]),
        Case(name: "a method changed", after: [("    put:\n      operationId: update_sip_endpoint", "    patch:\n      operationId: update_sip_endpoint")], expected: [
            "runtime client.fabric.sipEndpoints.update(...): now sends PATCH /api/fabric/resources/sip_endpoints/{id} (was PUT /api/fabric/resources/sip_endpoints/{id}): an app built with the old module calls the old one",
        ]),
        Case(name: "a path parameter renamed", after: [("  /api/fabric/resources/sip_endpoints/{id}:", "  /api/fabric/resources/sip_endpoints/{endpoint_id}:"), ("      name: id\n      in: path", "      name: endpoint_id\n      in: path")], expected: [
            "breaking client.fabric.sipEndpoints.delete(...): argument `id` removed",
            "breaking client.fabric.sipEndpoints.delete(...): new required argument `endpointId: UUIDString`",
            "breaking client.fabric.sipEndpoints.get(...): argument `id` removed",
            "breaking client.fabric.sipEndpoints.get(...): new required argument `endpointId: UUIDString`",
            "breaking client.fabric.sipEndpoints.update(...): argument `id` removed",
            "breaking client.fabric.sipEndpoints.update(...): new required argument `endpointId: UUIDString`",
        ]),
        Case(name: "an operation deprecated", after: [("      operationId: delete_sip_endpoint\n", "      operationId: delete_sip_endpoint\n      deprecated: true\n")], expected: [
            "compatible client.fabric.sipEndpoints.delete(...): deprecated: Deletes a SIP endpoint by its id.",
        ]),
        Case(name: "a request body becomes optional", after: [("      requestBody:\n        required: true\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/SipEndpointCreateRequest'", "      requestBody:\n        content:\n          application/json:\n            schema:\n              $ref: '#/components/schemas/SipEndpointCreateRequest'")], expected: [
            "compatible client.fabric.sipEndpoints.create(...): the body is optional",
        ]),
        Case(name: "a request body sent as a form", after: [("            schema:\n              $ref: '#/components/schemas/SipEndpointCreateRequest'", "            schema:\n              $ref: '#/components/schemas/SipEndpointCreateRequest'\n          application/x-www-form-urlencoded:\n            schema:\n              $ref: '#/components/schemas/SipEndpointCreateRequest'"), ("          application/json:\n            schema:\n              $ref: '#/components/schemas/SipEndpointCreateRequest'\n", "          x-unused/json:\n            schema:\n              $ref: '#/components/schemas/SipEndpointCreateRequest'\n")], expected: [
            "runtime client.fabric.sipEndpoints.create(...): the body is sent as form (was json): an app built with the old module sends the old encoding",
        ]),
        Case(name: "a response type changed", after: [("      description: Returns a SIP endpoint by its id.\n      tags:\n        - SIP Endpoints\n      responses:\n        '200':\n          description: The request has succeeded.\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/SipEndpointResponse'", "      description: Returns a SIP endpoint by its id.\n      tags:\n        - SIP Endpoints\n      responses:\n        '200':\n          description: The request has succeeded.\n          content:\n            application/json:\n              schema:\n                $ref: '#/components/schemas/SipEndpointListResponse'")], expected: [
            "breaking client.fabric.sipEndpoints.get(...): returns `SipEndpointListResponse` (was `SipEndpointResponse`)",
            "compatible client.fabric.sipEndpoints.get(...): is paginated: `getPages(...)` and `getAll(...)` are added",
        ]),
        Case(name: "an error status no longer documented", after: [("        '404':\n          $ref: '#/components/responses/NotFound'\n        '422':", "        '422':")], expected: [
            "runtime client.fabric.sipEndpoints.create(...): error status 404 is no longer documented: its body is no longer decoded",
        ]),
        Case(name: "an error status documented", after: [("        '422':\n          $ref: '#/components/responses/ValidationFailed'", "        '409':\n          $ref: '#/components/responses/NotFound'\n        '422':\n          $ref: '#/components/responses/ValidationFailed'")], expected: [
            "compatible client.fabric.sipEndpoints.create(...): documents error status 409 (`NotFoundError`)",
        ]),
        // Properties of a request type
        Case(name: "a request property added, optional", after: [("        calling_handler_resource_id:\n          anyOf:\n            - $ref: '#/components/schemas/uuid'\n            - type: 'null'\n          description: If `call_handler` is set to `resource`, this field expects", "        region: {type: string}\n        calling_handler_resource_id:\n          anyOf:\n            - $ref: '#/components/schemas/uuid'\n            - type: 'null'\n          description: If `call_handler` is set to `resource`, this field expects")], expected: [
            "compatible SipEndpointCreateRequest.region: added (`String?`)",
        ]),
        Case(name: "a request property added, required", after: [("        - calling_handler_resource_id\n      properties:\n        id:", "        - calling_handler_resource_id\n        - region\n      properties:\n        region: {type: string}\n        id:")], expected: [
            "breaking SipEndpointCreateRequest.region: added, required (`String`): a new argument of the initializer and of flattened methods",
        ]),
        Case(name: "a request property removed", after: [("        send_as:\n          type: string\n          description: The Sip username that will show up on the calle's side. Overrides the username.\n          examples:\n            - Support\n", "")], expected: [
            "breaking SipEndpointCreateRequest.sendAs: removed",
        ]),
        Case(name: "a request property becomes optional (its argument gets a default)", after: [("        - username\n        - caller_id\n        - send_as\n        - ciphers", "        - username\n        - send_as\n        - ciphers")], expected: [
            "compatible SipEndpointCreateRequest.callerId: is optional (`String` -> `String?`); its argument gets `= nil`",
        ]),
        Case(name: "a request property becomes required", after: [("      required:\n        - calling_handler_resource_id\n      properties:\n        username:", "      required:\n        - calling_handler_resource_id\n        - username\n      properties:\n        username:")], expected: [
            "breaking SipEndpointUpdateRequest.username: is required (`String?` -> `String`); its argument loses `= nil`",
        ]),
        Case(name: "a request property becomes nullable", after: [("        caller_id:\n          type: string\n          description: The caller ID that will showup when dialing from this Sip Endpoint\n          examples:", "        caller_id:\n          type: [string, 'null']\n          description: The caller ID that will showup when dialing from this Sip Endpoint\n          examples:")], expected: [
            "compatible SipEndpointCreateRequest.callerId: may be null (`String` -> `String?`)",
        ]),
        Case(name: "an optional request property may be null", after: [(updateCallerId, updateCallerId.replacingOccurrences(of: "    caller_id:\n          type: string", with: "    caller_id:\n          type: [string, 'null']"))], expected: [
            "compatible SipEndpointUpdateRequest.callerId: may be null (`String?` as before)",
        ]),
        Case(name: "an optional request property may no longer be null", before: [(updateCallerId, updateCallerId.replacingOccurrences(of: "    caller_id:\n          type: string", with: "    caller_id:\n          type: [string, 'null']"))], after: [("    caller_id:\n          type: [string, 'null']", "    caller_id:\n          type: string")], expected: [
            "runtime SipEndpointUpdateRequest.callerId: may no longer be null (`String?` as before): a `null` sent with `$callerId = .null` is refused",
        ]),
        Case(name: "a request property gets a default", after: [(updateCallerId, updateCallerId.replacingOccurrences(of: "description: How the SIP endpoint will handle outbound calls.", with: "description: How the SIP endpoint will handle outbound calls.\n          default: passthrough"))], expected: [
            "compatible SipEndpointUpdateRequest.callHandler: documents the default `\"passthrough\"` (`callHandlerOrDefault`)",
        ]),
        Case(name: "a request property's default changes", after: [(updateCallerId, updateCallerId.replacingOccurrences(of: "Sip Endpoint.\n          default: default", with: "Sip Endpoint.\n          default: required"))], expected: [
            "runtime SipEndpointUpdateRequest.encryption: the default is `\"required\"` (was `\"default\"`): the server assumes another value when none is sent",
        ]),
        Case(name: "a request property loses its default (and its accessor)", after: [(updateCallerId, updateCallerId.replacingOccurrences(of: "Sip Endpoint.\n          default: default\n", with: "Sip Endpoint.\n"))], expected: [
            "breaking SipEndpointUpdateRequest.encryption: no longer has the default `\"default\"`: `encryptionOrDefault` is gone",
        ]),
        Case(name: "a request property deprecated", after: [(updateCallerId, updateCallerId.replacingOccurrences(of: "    send_as:\n          type: string\n", with: "    send_as:\n          type: string\n          deprecated: true\n"))], expected: [
            "compatible SipEndpointUpdateRequest.sendAs: deprecated: The Sip username that will show up on the calle's side.",
        ]),
        // Properties of a response type
        Case(name: "a response property added, required", after: [("        - call_relay_script_url\n      properties:", "        - call_relay_script_url\n        - region\n      properties:\n        region: {type: string}")], expected: [
            "compatible SipEndpointResponse.region: added (`String`)",
        ]),
        Case(name: "a response property removed", after: [("        - call_video_room_id\n", ""), ("        call_video_room_id:\n          anyOf:\n            - $ref: '#/components/schemas/uuid'\n            - type: 'null'\n          description: The ID of the Video Room to forward incoming calls to. Used when call_handler is video_room.\n", "")], expected: [
            "breaking SipEndpointResponse.callVideoRoomId: removed",
        ]),
        Case(name: "a response property becomes optional (T becomes T?)", after: [("        - id\n        - username\n", "        - id\n")], expected: [
            "breaking SipEndpointResponse.username: is optional (`String` -> `String?`)",
        ]),
        Case(name: "a response property becomes required", after: [("      required:\n        - self\n        - first\n", "      required:\n        - self\n        - first\n        - next\n")], expected: [
            "breaking PaginationLinks.next: is required (`String?` -> `String`)",
        ]),
        Case(name: "a response property changes type", after: [("        self:\n          type: string\n          description: This page.", "        self:\n          type: integer\n          description: This page.")], expected: [
            "breaking PaginationLinks.self_: is `Int` (was `String`)",
        ]),
        Case(name: "a required response property becomes nullable", after: [("        self:\n          type: string\n          description: This page.", "        self:\n          type: [string, 'null']\n          description: This page.")], expected: [
            "breaking PaginationLinks.self_: may be null (`String` -> `String?`)",
        ]),
        // Enums, unions, types
        Case(name: "a response enum gains a value", after: [("        - ai_agent\n", "        - ai_agent\n        - ai_agent_v2\n")], expected: [
            "compatible SipEndpointCallHandler: new case `.aiAgentV2` (\"ai_agent_v2\"; a `switch` without `default` must handle it)",
        ]),
        Case(name: "a request enum loses a value", after: [("      enum:\n        - required\n        - optional\n        - default", "      enum:\n        - required\n        - default")], expected: [
            "breaking Encryption: case `.optional` removed (\"optional\" now decodes as `.undocumented`)",
        ]),
        Case(name: "an enum gains a value", after: [("        - VP8\n        - H264", "        - VP8\n        - VP9\n        - H264")], expected: [
            "compatible Codecs: new case `.vp9` (\"VP9\"; a `switch` without `default` must handle it)",
        ]),
        Case(name: "a schema renamed with the same shape", after: [("    Encryption:\n      type: string", "    EncryptionMode:\n      type: string"), ("'#/components/schemas/Encryption'", "'#/components/schemas/EncryptionMode'"), ("'#/components/schemas/Encryption'", "'#/components/schemas/EncryptionMode'")], expected: [
            "breaking Encryption: renamed to `EncryptionMode` (same shape)",
            "breaking SipEndpointResponse.encryption: is `SipEndpointResponse.Encryption` (was `SipEndpointResponse.EncryptionValue`)",
        ]),
        Case(name: "schemas of one shape moved under a prefix are paired by name", before: [twoPlaces], after: [("    Region:\n", "    SipRegion:\n"), ("    Zone:\n", "    SipZone:\n")], expected: [
            "breaking Region: renamed to `SipRegion` (same shape)",
            "breaking Zone: renamed to `SipZone` (same shape)",
        ]),
        Case(name: "schemas of one shape with unrelated new names are not paired", before: [twoPlaces], after: [("    Region:\n", "    Area:\n"), ("    Zone:\n", "    Site:\n")], expected: [
            "breaking Region: removed",
            "breaking Zone: removed",
            "compatible Area: added",
            "compatible Site: added",
        ]),
        Case(name: "a schema moved under a prefix and changed", after: [("    Encryption:\n      type: string", "    SipEncryption:\n      type: string"), ("        - default\n", "        - default\n        - srtp\n"), ("'#/components/schemas/Encryption'", "'#/components/schemas/SipEncryption'"), ("'#/components/schemas/Encryption'", "'#/components/schemas/SipEncryption'")], expected: [
            "breaking Encryption: renamed to `SipEncryption`, whose changes are listed under its name",
            "breaking SipEndpointResponse.encryption: is `SipEndpointResponse.Encryption` (was `SipEndpointResponse.EncryptionValue`)",
            "compatible SipEncryption: new case `.srtp` (\"srtp\"; a `switch` without `default` must handle it)",
        ]),
        Case(name: "an alternative's type renamed", before: [twoPlaces, ("    uuid:\n", "    Place:\n      oneOf:\n        - $ref: '#/components/schemas/Region'\n        - $ref: '#/components/schemas/Zone'\n    uuid:\n")], after: [("    Region:\n", "    SipRegion:\n"), ("'#/components/schemas/Region'", "'#/components/schemas/SipRegion'")], expected: [
            "breaking Place: alternative `.region` is now `.sipRegion(SipRegion)`",
            "breaking Region: renamed to `SipRegion` (same shape)",
        ]),
        Case(name: "a webhook added", after: [("components:\n", Self.webhook + "components:\n")], expected: [
            "compatible Webhooks.SipEndpointChanged: added (POST, payload `SipEndpointResponse`)",
        ]),
        Case(name: "a webhook removed", before: [("components:\n", Self.webhook + "components:\n")], after: [(Self.webhook, "")], expected: [
            "breaking Webhooks.SipEndpointChanged: removed (a handler that reads it no longer compiles)",
        ]),
        Case(name: "a webhook's payload and method changed", before: [("components:\n", Self.webhook + "components:\n")], after: [
            ("    post:\n      operationId: sip_endpoint_changed", "    put:\n      operationId: sip_endpoint_changed"),
            ("schema: {$ref: '#/components/schemas/SipEndpointResponse'}", "schema: {$ref: '#/components/schemas/SipEndpoint'}"),
        ], expected: [
            "breaking Webhooks.SipEndpointChanged: its payload is `SipEndpoint` (was `SipEndpointResponse`)",
            "runtime Webhooks.SipEndpointChanged: arrives with PUT (was POST): a route for the old method no longer receives it",
        ]),
        Case(name: "a $ref replaced by an equal inline schema (no change)", after: [("      description: The id of the SIP endpoint.\n      schema:\n        $ref: '#/components/schemas/uuid'", "      description: The id of the SIP endpoint.\n      schema:\n        type: string\n        format: uuid")], expected: []),
        Case(name: "a type added", after: [("    SipEndpoint:\n      allOf:", "    Region:\n      type: object\n      properties:\n        name: {type: string}\n    SipEndpoint:\n      allOf:")], expected: [
            "compatible Region: added",
        ]),
        Case(name: "a union gains an alternative", before: [("      required:\n        - self\n        - first\n      properties:\n", "      required:\n        - self\n        - first\n      properties:\n        cursor:\n          oneOf:\n            - type: string\n            - type: integer\n")], after: [("            - type: string\n            - type: integer\n", "            - type: string\n            - type: integer\n            - type: boolean\n")], expected: [
            "compatible PaginationLinks.Cursor: new alternative `.bool(Bool)` (a `switch` without `default` must handle it)",
        ]),
        Case(name: "a type deprecated", after: [("    PaginationLinks:\n      type: object\n", "    PaginationLinks:\n      type: object\n      deprecated: true\n")], expected: [
            "compatible PaginationLinks: deprecated: Links to pages of a list.",
            "compatible SipEndpointListResponse.links: deprecated: Links to pages of a list.",
        ]),
        Case(name: "a description edited (no change)", after: [("description: The first page.", "description: The first page of the list.")], expected: []),
    ]
}
