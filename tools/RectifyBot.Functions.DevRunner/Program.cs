Console.WriteLine("dev runner");
