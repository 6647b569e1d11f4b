"""A loopback server for the consumer test: answers GET /v1/orders/42 with bearer 'secret',
GET /v1/orders?... with the request target, X-Tags and Cookie it received, 404 otherwise; gives
the token 'secret' once to POST /oauth/token with the client credentials of 'shop-app' (RFC 6749
section 4.4); prints its port on its first line."""
import base64
import http.server
import json
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path.startswith("/v1/orders?"):
            received = {"target": self.path, "tags": self.headers.get("X-Tags", ""), "cookie": self.headers.get("Cookie", "")}
            return self.answer(200, received)
        found = self.path == "/v1/orders/42" and self.headers.get("Authorization") == "Bearer secret"
        body = {"id": "42", "status": "shipped"} if found else {"message": "no " + self.path}
        self.answer(200 if found else 404, body)

    tokens_given = 0

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode()
        client = "Basic " + base64.b64encode(b"shop-app:s3cret").decode()
        if self.path != "/oauth/token" or self.headers.get("Authorization") != client:
            return self.answer(401, {"error": "invalid_client"})
        if body != "grant_type=client_credentials&scope=orders%3Aread" or Handler.tokens_given > 0:
            return self.answer(400, {"error": "invalid_request", "error_description": body})
        Handler.tokens_given += 1
        self.answer(200, {"access_token": "secret", "token_type": "Bearer", "expires_in": 3600})

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        sys.stderr.write("server: %s %s\n" % (self.command, self.path))


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
