"""A loopback server for the consumer test: answers GET /v1/orders/42 with bearer 'secret', 404
otherwise, and prints its port on its first line."""
import http.server
import json
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        found = self.path == "/v1/orders/42" and self.headers.get("Authorization") == "Bearer secret"
        body = {"id": "42", "status": "shipped"} if found else {"message": "no " + self.path}
        data = json.dumps(body).encode()
        self.send_response(200 if found else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        sys.stderr.write("server: %s %s\n" % (self.command, self.path))


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
