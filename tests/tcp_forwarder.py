"""A TCP forwarder for tests in which a database server "arrives": a port nothing listens
on until the test starts forwarding it to the real server."""

import contextlib
import socket
import threading


class Forwarder:
    """A TCP forwarder from ``port`` on 127.0.0.1 to ``target``: the server "arrives"."""

    def __init__(self, port, target):
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", port))
        self.sockets = [self.listener]
        self.stopped = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while not self.stopped:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source, sink):
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def close(self):
        self.stopped = True
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.close()
