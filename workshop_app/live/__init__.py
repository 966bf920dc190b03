"""Live voting from participants' phones: a small loopback/LAN web server, Qt-free."""
