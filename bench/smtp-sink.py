#!/usr/bin/env python3
"""A local mail sink for bench/cluster.sh: accepts SMTP on 127.0.0.1:PORT and appends every message to OUT as
one JSON line {"to": [...], "subject": ..., "body": ...} (headers decoded). Nothing is relayed.

    python3 bench/smtp-sink.py PORT OUT
"""
import email
import email.policy
import json
import socketserver
import sys
import threading

PORT, OUT = int(sys.argv[1]), sys.argv[2]
lock = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.reply("220 sink ESMTP")
        recipients = []
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line.decode("ascii", "replace").strip()
            upper = verb.upper()
            if upper.startswith(("EHLO", "HELO")):
                self.reply("250 sink")
            elif upper.startswith("MAIL FROM"):
                recipients = []
                self.reply("250 OK")
            elif upper.startswith("RCPT TO"):
                recipients.append(verb.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif upper == "DATA":
                self.reply("354 end with .")
                data = bytearray()
                while True:
                    chunk = self.rfile.readline()
                    if not chunk or chunk in (b".\r\n", b".\n"):
                        break
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                message = email.message_from_bytes(bytes(data), policy=email.policy.default)
                body = message.get_body(("plain",))
                record = {"to": recipients, "subject": str(message["subject"]),
                          "body": body.get_content() if body else ""}
                with lock, open(OUT, "a", encoding="utf-8") as out:
                    out.write(json.dumps(record) + "\n")
                self.reply("250 OK queued")
            elif upper == "QUIT":
                self.reply("221 bye")
                return
            else:  # RSET, NOOP and the rest
                self.reply("250 OK")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


Server(("127.0.0.1", PORT), Session).serve_forever()
